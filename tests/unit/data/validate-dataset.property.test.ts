/**
 * Property tests: datasets derived from the bundled one (a few records of each list, then a few random
 * mutations) never make the validator throw, and validating its valid output again gives it back unchanged.
 * Small subsets keep 10,000 runs within seconds.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { formatProblem } from '@/data/validate/format-problem'
import { validateDataset } from '@/data/validate/validate-dataset'

import { EN, problemFault, sayEn } from './i18n-harness'

type Json = Record<string, unknown>
const bundled = JSON.parse(readFileSync(resolve(process.cwd(), 'public/data/sanctions.json'), 'utf8')) as Json
const energy = bundled.energy as Record<string, unknown[]>
const LISTS: Record<string, unknown[]> = {
  sources: bundled.sources as unknown[],
  measures: bundled.measures as unknown[],
  goods: bundled.goods as unknown[],
  ...Object.fromEntries(Object.entries(energy).map(([k, v]) => [`energy.${k}`, v])),
}
const LIST_NAMES = Object.keys(LISTS)
const ids = LIST_NAMES.flatMap((n) => LISTS[n]!.slice(0, 3).map((r) => (r as Json).id))

/** Values a hostile or careless file might hold, besides arbitrary JSON. */
const oddValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    null,
    -1,
    2.5,
    Infinity,
    -0,
    NaN,
    JSON.parse('1e309') as number,
    '',
    '   ',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '1850-01-01',
    '2150-12-31',
    '2022-02-30',
    'x'.repeat(3000),
    [],
    {},
    ...ids,
  ),
)
const key = fc.oneof(
  fc.constantFrom(
    'id',
    'sourceIds',
    'measureId',
    'announced',
    'effective',
    'added',
    'reportedTotal',
    'url',
    'title',
  ),
  fc.constantFrom('name', 'unidentified', 'hsCodes', 'share', 'figure', 'alternatives', 'unit', 'value'),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'colour'),
)
const mutation = fc.record({
  kind: fc.constantFrom('set', 'set', 'set', 'delete', 'duplicate', 'replace', 'list', 'meta', 'nested'),
  list: fc.constantFrom(...LIST_NAMES),
  index: fc.nat(),
  key,
  value: oddValue,
})
const subset = fc.record(Object.fromEntries(LIST_NAMES.map((n) => [n, fc.array(fc.nat(), { maxLength: 5 })])))

/** Sets an own property, as JSON.parse does, even for "__proto__". */
function setOwn(target: Json, k: string, value: unknown) {
  Object.defineProperty(target, k, { value, enumerable: true, writable: true, configurable: true })
}

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never

function derive(picks: Record<string, number[]>, mutations: readonly Mutation[]) {
  const lists: Record<string, unknown[]> = {}
  for (const n of LIST_NAMES) {
    const all = LISTS[n]!
    lists[n] = picks[n]!.map((i) => structuredClone(all[i % all.length]))
  }
  const doc: Json = {
    schemaVersion: 1,
    meta: structuredClone(bundled.meta),
    sources: lists.sources,
    measures: lists.measures,
    goods: lists.goods,
    energy: Object.fromEntries(Object.keys(energy).map((k) => [k, lists[`energy.${k}`]])),
  }
  for (const m of mutations) {
    const list = lists[m.list]!
    const record = list[m.index % Math.max(1, list.length)]
    const isObj = typeof record === 'object' && record !== null && !Array.isArray(record)
    if (m.kind === 'meta') setOwn(doc.meta as Json, m.key, m.value)
    else if (m.kind === 'list') {
      const [top, sub] = m.list.split('.')
      if (sub === undefined) setOwn(doc, top!, m.value)
      else setOwn(doc.energy as Json, sub, m.value)
    } else if (list.length === 0) continue
    else if (m.kind === 'duplicate') list.push(structuredClone(record))
    else if (m.kind === 'replace') list[m.index % list.length] = m.value
    else if (!isObj) continue
    else if (m.kind === 'delete') delete (record as Json)[m.key]
    else if (m.kind === 'nested') {
      const inner = Object.values(record as Json).find((v) => typeof v === 'object' && v !== null)
      if (inner !== undefined && !Array.isArray(inner)) setOwn(inner as Json, m.key, m.value)
    } else setOwn(record as Json, m.key, m.value)
  }
  return doc
}

const datasets = fc
  .tuple(subset, fc.array(mutation, { minLength: 0, maxLength: 4 }))
  .map(([picks, mutations]) => derive(picks, mutations))

describe('validateDataset on 10,000 datasets derived from the bundled one', () => {
  it('never throws, and validating its valid output again gives it back unchanged', () => {
    let fatal = 0
    let rejected = 0
    fc.assert(
      fc.property(datasets, (doc) => {
        const result = validateDataset(doc)
        if (!result.ok) {
          fatal += 1
          expect(sayEn(result.error.message).length).toBeGreaterThan(0)
          return
        }
        for (const p of result.problems) {
          expect(typeof formatProblem(EN.t, p)).toBe('string')
          // Whatever the mutation, the problem is said in Japanese too, with nothing left untranslated.
          expect(problemFault(p)).toBeNull()
        }
        if (result.rejected > 0) rejected += 1
        const again = validateDataset(result.dataset)
        expect(again.ok).toBe(true)
        if (!again.ok) return
        expect(again.problems).toEqual([])
        expect(again.rejected).toBe(0)
        expect(again.dataset).toEqual(result.dataset)
      }),
      { numRuns: 10_000 },
    )
    // The generator reaches both outcomes often, or the property would say little.
    expect(fatal).toBeGreaterThan(100)
    expect(rejected).toBeGreaterThan(1000)
  }, 60_000)
})
