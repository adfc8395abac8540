/**
 * The hostile corpus (tests/fixtures/hostile/): every file, through the same job the page's worker runs,
 * gives its expected message (said in English; and in Japanese too, with nothing left untranslated);
 * nothing throws; the valid records are kept; nothing is polluted.
 */
import { readdirSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { describeCheck } from '@/data/shape/consistency'
import { formatProblem } from '@/data/validate/format-problem'
import { type Problem } from '@/data/validate/validate-dataset'

import { EN, japaneseFault, JA, problemFault, saidFault, sayEn, sayJa } from './i18n-harness'
import { hostileBase, hostileText, HOSTILE_DIR, runJob } from './job-harness'

interface Expected {
  fatal: boolean
  kind?: string
  message: string | null
  rejected?: number
  warning?: string
  problem?: string
  text?: string
  csv?: string
  generated?: string
  base?: boolean
}

const expected = JSON.parse(hostileText('expected.json')) as Record<string, Expected>
const files = readdirSync(HOSTILE_DIR).filter((f) => f !== 'expected.json')

/** The base document's JSON with one value swapped for raw JSON text (for inputs too deep to stringify). */
function baseWith(path: (doc: Record<string, unknown>) => void, raw: string): string {
  const doc = JSON.parse(hostileText('base.json')) as Record<string, unknown>
  path(doc)
  return JSON.stringify(doc).replace('"__RAW__"', raw)
}

const DEPTH = 100_000
const generated: Record<string, () => string> = {
  'generated:deep-nesting': () =>
    baseWith(
      (d) => {
        ;(d.measures as Array<Record<string, unknown>>)[0]!.alternatives = '__RAW__'
      },
      `${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`,
    ),
  'generated:deep-document': () => `${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`,
  'generated:huge-title': () =>
    baseWith((d) => {
      ;(d.sources as Array<Record<string, unknown>>)[1]!.title = 'x'.repeat(1_000_000)
    }, ''),
  'generated:many-unknown-keys': () =>
    baseWith((d) => {
      const m = (d.measures as Array<Record<string, unknown>>)[0]!
      for (let i = 0; i < DEPTH; i++) m[`k${i}`] = i
    }, ''),
}

const inputOf = (name: string) => (name.startsWith('generated:') ? generated[name]!() : hostileText(name))

/** Each problem said in Japanese is a Japanese sentence, its parts all translated. */
function expectJapanese(problems: readonly Problem[]) {
  for (const p of problems) expect(problemFault(p)).toBeNull()
}

describe('the hostile corpus', () => {
  it('has at least 30 bad datasets, each with an expectation, and no file without one', () => {
    const bad = Object.entries(expected).filter(([, e]) => e.base !== true)
    expect(bad.length).toBeGreaterThanOrEqual(30)
    for (const f of files) expect(expected, f).toHaveProperty([f])
    for (const name of Object.keys(expected)) {
      if (!name.startsWith('generated:')) expect(files, name).toContain(name)
    }
  })

  it.each(Object.keys(expected))('%s gives its expected message', async (name) => {
    const e = expected[name]!
    const base = e.csv === undefined ? null : hostileBase()
    const outcome = await runJob([{ name: name.replace(/^generated:/, ''), text: inputOf(name) }], base)
    if (e.fatal) {
      expect(outcome.ok, 'a fatal error').toBe(false)
      if (outcome.ok || outcome.message.type !== 'fatal') return
      const { error } = outcome.message
      expect(error.kind).toBe(e.kind)
      expect(sayEn(error.message)).toContain(e.message)
      expect(saidFault(error.message) ?? japaneseFault(sayJa(error.message))).toBeNull()
      if (e.problem !== undefined) {
        expect(error.problems.map((p) => formatProblem(EN.t, p)).join('\n')).toContain(e.problem)
      }
      expectJapanese(error.problems)
      return
    }
    expect(outcome.ok, outcome.ok ? '' : JSON.stringify(outcome.message)).toBe(true)
    if (!outcome.ok) return
    const { summary, dataset } = outcome
    const lines = summary.problems.map((p) => formatProblem(EN.t, p))
    if (e.message !== null) expect(lines.join('\n')).toContain(e.message)
    else expect(lines).toEqual([])
    expectJapanese(summary.problems)
    expect(summary.rejected).toBe(e.rejected)
    // A rejected record can unbalance a total too; only the files about totals name a warning.
    if (e.warning !== undefined) {
      const mismatches = summary.checks.filter((c) => !c.ok)
      expect(mismatches.map((c) => describeCheck(EN, c))).toContain(e.warning)
      for (const c of mismatches) expect(japaneseFault(describeCheck(JA, c))).toBeNull()
    }
    if (e.text !== undefined) expect((dataset.meta.title.en ?? '').startsWith(e.text)).toBe(true)
    if (e.csv === undefined && !name.startsWith('generated:deep')) {
      // Valid records are kept: everything in the document's lists that was not rejected is shown.
      const doc = JSON.parse(inputOf(name)) as Record<string, unknown>
      const energy = (doc.energy ?? {}) as Record<string, unknown>
      const lists = [doc.sources, doc.measures, doc.goods, ...Object.values(energy)]
      const total = lists.reduce<number>((n, l) => n + (Array.isArray(l) ? l.length : 0), 0)
      const kept =
        dataset.sources.length +
        dataset.measures.length +
        dataset.goods.length +
        Object.values(dataset.energy).reduce((n, l) => n + l.length, 0)
      expect(kept + summary.rejected).toBe(total)
    }
  })

  it('lets no "__proto__" or "constructor" key reach a prototype', async () => {
    for (const name of ['proto-pollution.json', 'constructor-key.json', 'goods-proto-column.csv']) {
      const outcome = await runJob([{ name, text: hostileText(name) }], hostileBase())
      expect(outcome.ok).toBe(true)
      if (outcome.ok) {
        for (const m of outcome.dataset.measures) expect(Object.getPrototypeOf(m)).toBe(Object.prototype)
      }
    }
    const probe: Record<string, unknown> = {}
    expect(probe.polluted).toBeUndefined()
    expect(probe.isAdmin).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
  })

  it('merges a measures table and a goods table opened together, goods checked against the new measures', async () => {
    const outcome = await runJob(
      [
        { name: 'goods.csv', text: hostileText('goods-formula-cell.csv') },
        { name: 'measures.csv', text: hostileText('measures-negative.csv') },
      ],
      hostileBase(),
    )
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    expect(outcome.summary.csvTables.sort()).toEqual(['goods', 'measures'])
    expect(outcome.summary.mergedIntoBase).toBe(true)
    expect(outcome.dataset.measures.map((m) => m.id)).toEqual(['m-1', 'm-goods'])
    expect(outcome.dataset.goods.map((g) => g.name)).toEqual(['=HYPERLINK("https://evil.example")'])
    expect(outcome.summary.rejected).toBe(2)
  })
})
