import { readFileSync } from 'node:fs'
import { runInNewContext } from 'node:vm'

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { loadCatalogue } from '@/lib/i18n/catalogues'
import { getI18n } from '@/lib/i18n/i18n'
import { chooseLocale } from '@/state/locale-choice'

type Choose = (search: string, stored: string | null, preferred: readonly string[]) => string

/** public/locale-gate.js as the browser runs it, outside a page (it then only defines its chooser). */
function loadGate(): Choose {
  const scope: { chooseOpeningLocale?: Choose; URLSearchParams: typeof URLSearchParams } = {
    URLSearchParams,
  }
  runInNewContext(readFileSync('public/locale-gate.js', 'utf8'), scope)
  if (scope.chooseOpeningLocale === undefined) throw new Error('locale-gate.js defined no chooser')
  return scope.chooseOpeningLocale
}

describe('the locale gate (public/locale-gate.js)', () => {
  const gate = loadGate()

  it('opens the page in the language the app itself chooses, for any link, memory and browser', () => {
    const lang = fc.constantFrom('', 'lang=ja', 'lang=en', 'lang=fr', 'lang=JA', 'lang=', 'era=1&lang=ja')
    const extra = fc.constantFrom('', 'types=asset_freeze', 'q=%E9%87%8F%E5%AD%90', 'lang=en')
    const stored = fc.constantFrom(null, 'ja', 'en', 'fr', '', 'JA')
    const tag = fc.constantFrom('ja-JP', 'ja', 'JA', 'en-US', 'en', 'fr-FR', 'zh-Hant-TW', '', 'x-ja')
    fc.assert(
      fc.property(lang, extra, stored, fc.array(tag, { maxLength: 4 }), (l, e, s, preferred) => {
        const search = `?${[l, e].filter((p) => p !== '').join('&')}`
        expect(gate(search, s, preferred)).toBe(
          chooseLocale(search, { locale: s, era: null }, preferred).locale,
        )
      }),
      { numRuns: 2000 },
    )
  })

  it("says what the app's own loading state says, in the reader's language", async () => {
    await loadCatalogue('ja')
    const html = readFileSync('index.html', 'utf8')
    const line = /<p class="boot-message" lang="ja"[^>]*>([^<]*)<\/p>/.exec(html)?.[1]
    expect(line).toBe(getI18n('ja').t('dataset.loading.text'))
  })
})
