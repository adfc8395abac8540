/**
 * The catalogues are complete and used: every key in both languages with the same placeholders,
 * no key that no source file mentions, and no message left empty.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { en } from '@/lib/i18n/messages-en'
import { ja } from '@/lib/i18n/messages-ja'
import type { Message } from '@/lib/i18n/translate'

const placeholders = (m: Message): string[] => {
  const texts = typeof m === 'string' ? [m] : [m.other, ...(m.one === undefined ? [] : [m.one])]
  const names = texts.flatMap((t) => [...t.matchAll(/\{(\w+)\}/g)].map((x) => x[1] ?? ''))
  if (typeof m !== 'string') names.push('count')
  return [...new Set(names)].sort()
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return path.includes('lib/i18n') ? [] : sourceFiles(path)
    return /\.tsx?$/.test(name) ? [path] : []
  })
}

const enKeys = Object.keys(en).sort()
const jaKeys = Object.keys(ja).sort()

describe('message catalogues', () => {
  it('has every English key in Japanese, and no other', () => {
    expect(jaKeys.filter((k) => !enKeys.includes(k))).toEqual([])
    expect(enKeys.filter((k) => !jaKeys.includes(k))).toEqual([])
  })

  it.each(enKeys)('%s has the same placeholders in both languages', (key) => {
    const e = en[key as keyof typeof en] as Message
    const j = ja[key as keyof typeof ja]
    // Japanese has no plural forms: a plain string may stand for a plural message if it uses {count}.
    const jaNames = placeholders(j)
    const enNames = placeholders(e)
    if (typeof e !== 'string' && typeof j === 'string') jaNames.push('count')
    expect([...new Set(jaNames)].sort()).toEqual(enNames)
  })

  it.each(enKeys)('%s is not empty in either language', (key) => {
    for (const m of [en[key as keyof typeof en] as Message, ja[key as keyof typeof ja]]) {
      const texts = typeof m === 'string' ? [m] : [m.other, m.one ?? 'x']
      for (const t of texts) expect(t.trim()).not.toBe('')
    }
  })

  it('has no key that no source file uses', () => {
    const source = sourceFiles(join(import.meta.dirname, '../../../src'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n')
    const unused = enKeys.filter((k) => !source.includes(`'${k}'`))
    expect(unused).toEqual([])
  })

  it('writes Japanese messages in Japanese', () => {
    // A Japanese message that is only ASCII letters was most likely left untranslated.
    const untranslated = jaKeys.filter((k) => {
      const m = ja[k as keyof typeof ja]
      const text = typeof m === 'string' ? m : m.other
      const words = text.replace(/\{\w+\}/g, '')
      return /[A-Za-z]{4,}/.test(words) && !/[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/.test(words)
    })
    expect(untranslated).toEqual([])
  })
})
