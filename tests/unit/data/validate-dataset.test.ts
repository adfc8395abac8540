import { describe, expect, it } from 'vitest'

import { formatProblem } from '@/data/validate/format-problem'
import { validateDataset, validateDatasetText, type Problem } from '@/data/validate/validate-dataset'

import { makeDataset, makeGoodsItem, makeMeasure, makeSource } from '../../fixtures/make-dataset'
import { EN, sayEn } from './i18n-harness'

/** A problem's parts in English, to compare with the words a reader sees. */
const inEnglish = (p: Problem | undefined) =>
  p && { ...p, field: sayEn(p.field), expected: sayEn(p.expected), got: sayEn(p.got) }

function validOrFail(input: unknown) {
  const result = validateDataset(input)
  if (!result.ok) throw new Error(`expected a dataset, got fatal error: ${sayEn(result.error.message)}`)
  return result
}

describe('validateDataset', () => {
  it('accepts a valid dataset whole, with no problems', () => {
    const result = validOrFail(makeDataset())
    expect(result.problems).toEqual([])
    expect(result.rejected).toBe(0)
    expect(result.dataset.measures).toHaveLength(4)
    expect(result.dataset.goods).toHaveLength(2)
    expect(result.dataset.energy.lngSuppliers.map((s) => s.country)).toEqual(['Australia', 'Russia'])
  })

  it('fills documented defaults (alternatives, qualifier, itemCount, hsCodes)', () => {
    const { dataset } = validOrFail(makeDataset())
    expect(dataset.measures[0]).toMatchObject({ alternatives: [], reportedTotalQualifier: 'exact' })
    expect(dataset.goods[0]).toMatchObject({ itemCount: 1, hsCodes: [], unidentified: false, nameJa: null })
  })

  // Each row breaks one field of one measure; the measure is rejected with a message naming the field.
  it.each([
    ['a malformed date', { announced: '2022-13-01' }, 'announced', 'a real calendar date'],
    [
      'a date outside 1990–2100',
      { announced: '1850-01-01', effective: null },
      'announced',
      'between 1990-01-01',
    ],
    [
      'effective before announced',
      { effective: '2022-02-01' },
      'effective',
      'on or after the announced date',
    ],
    ['a negative count', { added: -5 }, 'added', 'zero or more'],
    ['a fractional count', { added: 2.5 }, 'added', 'a whole number'],
    ['an unknown measure type', { type: 'sanction' }, 'type', 'one of "asset_freeze"'],
    ['an unknown direction', { direction: 'RU→RU' }, 'direction', 'one of "JP→RU", "RU→JP"'],
    ['a count without a unit', { unit: null }, 'unit', 'a unit'],
    ['no sources', { sourceIds: [] }, 'sourceIds', 'at least one source id'],
    ['an unknown field', { colour: 'red' }, 'colour', 'only the documented fields'],
    ['a missing title', { title: undefined }, 'title', 'a text'],
    ['a dangling source id', { sourceIds: ['src-a', 'nope'] }, 'sourceIds', 'ids of sources listed'],
  ])('rejects a measure with %s', (_label, change, field, expected) => {
    const base = makeDataset()
    const measures = [...(base.measures as unknown[]), makeMeasure({ id: 'bad', ...change })]
    const result = validOrFail({ ...base, measures })
    expect(result.dataset.measures.map((m) => m.id)).toEqual(['m-1', 'm-2', 'm-3', 'm-goods'])
    expect(result.rejected).toBe(1)
    const problem = inEnglish(result.problems.find((p) => p.index === 4))
    expect(problem).toMatchObject({ collection: 'measures', id: 'bad', field })
    expect(problem?.expected).toContain(expected)
  })

  it('reports what was found, not only what was expected', () => {
    const doc = makeDataset({ measures: [makeMeasure({ added: -5 })] })
    const [problem] = validOrFail(doc).problems
    expect(problem && formatProblem(EN.t, problem)).toBe(
      'measures[0] (id "m-1"), field added: expected a count of zero or more, got -5',
    )
  })

  it('rejects the second of two records with the same id and keeps the first', () => {
    const doc = makeDataset({ measures: [makeMeasure({ title: 'first' }), makeMeasure({ title: 'second' })] })
    const result = validOrFail(doc)
    expect(result.dataset.measures.map((m) => m.title)).toEqual([{ en: 'first', ja: null }])
    expect(inEnglish(result.problems[0])).toMatchObject({ index: 1, field: 'id' })
  })

  it.each([
    ['javascript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['/relative/path'],
    ['ftp://example.org/file'],
  ])('rejects a source whose URL is %s', (url) => {
    const result = validOrFail(makeDataset({ sources: [makeSource(), makeSource({ id: 'evil', url })] }))
    expect(result.dataset.sources.map((s) => s.id)).toEqual(['src-a'])
    expect(inEnglish(result.problems[0])).toMatchObject({
      collection: 'sources',
      id: 'evil',
      field: 'url',
      expected: 'an absolute http:// or https:// URL',
    })
  })

  it('rejects records citing a rejected source, naming the missing id', () => {
    const doc = makeDataset({ sources: [makeSource({ url: 'javascript:void(0)' })] })
    const result = validOrFail(doc)
    expect(result.dataset.sources).toEqual([])
    expect(result.dataset.measures).toEqual([])
    expect(result.problems.some((p) => p.collection === 'measures' && sayEn(p.got).includes('"src-a"'))).toBe(
      true,
    )
  })

  it.each([
    ['an unknown measure id', { measureId: 'm-404' }, 'measureId', 'the id of a measure'],
    ['a name on an unidentified item', { unidentified: true }, 'name', 'unidentified: true with name: null'],
    ['no name on a named item', { name: null }, 'name', 'unidentified: true with name: null'],
    ['a malformed HS code', { hsCodes: ['22.0x'] }, 'hsCodes.0', 'an HS code'],
  ])('rejects a goods row with %s', (_label, change, field, expected) => {
    const result = validOrFail(makeDataset({ goods: [makeGoodsItem({ id: 'bad', ...change })] }))
    expect(result.dataset.goods).toEqual([])
    const problem = inEnglish(result.problems[0])
    expect(problem).toMatchObject({ collection: 'goods', id: 'bad', field })
    expect(problem?.expected).toContain(expected)
  })

  it('keeps the rest of the dataset when a whole collection has the wrong shape', () => {
    const result = validOrFail(makeDataset({ goods: { not: 'a list' } }))
    expect(result.dataset.goods).toEqual([])
    expect(result.dataset.measures).toHaveLength(4)
    expect(inEnglish(result.problems[0])).toMatchObject({
      collection: 'goods',
      index: null,
      expected: 'a list',
    })
  })

  it('treats markup in text as text: it is kept verbatim and never interpreted', () => {
    const title = '<img src=x onerror=alert(1)> Asset freeze'
    const { dataset } = validOrFail(makeDataset({ measures: [makeMeasure({ title })] }))
    expect(dataset.measures[0]?.title).toEqual({ en: title, ja: null })
  })
})

describe('validateDataset fatal errors', () => {
  it.each([
    ['an array', [], 'not-an-object'],
    ['a string', 'hello', 'not-an-object'],
    ['null', null, 'not-an-object'],
    ['schemaVersion 5', makeDataset({ schemaVersion: 5 }), 'schema-version'],
    ['no schemaVersion', makeDataset({ schemaVersion: undefined }), 'schema-version'],
    ['a meta without a title', makeDataset({ meta: { asOf: '2022-12-05' } }), 'meta'],
  ])('refuses %s with a clear message', (_label, input, kind) => {
    const result = validateDataset(input)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.kind).toBe(kind)
      expect(sayEn(result.error.message).length).toBeGreaterThan(20)
    }
  })

  it('names the meta fields that are wrong', () => {
    const doc = makeDataset()
    const result = validateDataset({ ...doc, meta: { ...(doc.meta as object), asOf: 'yesterday' } })
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(inEnglish(result.error.problems[0])).toMatchObject({ field: 'meta.asOf', got: '"yesterday"' })
    }
  })

  it('says the text is not JSON, with the parser’s reason', () => {
    const result = validateDatasetText('{"schemaVersion": 1,')
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.kind).toBe('not-json')
      expect(sayEn(result.error.message)).toMatch(/^The dataset is not valid JSON: /)
    }
  })
})
