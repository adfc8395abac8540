import { describe, expect, it } from 'vitest'

import { localizeRecord } from '@/data/localize'

import { figureSchema, lngSupplierSchema, type EnergyFigure } from '@/data/validate/schema'
import { dependencyOf, figureById, publishedLngTonnes } from '@/data/shape/energy-figures'
import { deriveTonnes, rankSuppliers, sumOfShares, toSupplierRows } from '@/data/shape/lng'

import { loadDataset2022 } from '../../fixtures/bundled-dataset'
import { makeFigure } from '../../fixtures/make-dataset'

const dataset = loadDataset2022()
const { lngSuppliers, figures } = dataset.energy
const total = figureById(figures, 'lng-japan-imports-2021')?.figure ?? null
const rows = toSupplierRows(lngSuppliers, total, (c) => publishedLngTonnes(figures, c, 2021))
const row = (country: string) => rows.find((r) => r.country === country)

describe('LNG supplier shares (bundled dataset)', () => {
  it('sum to 100% within rounding', () => {
    expect(sumOfShares(lngSuppliers)).toBeCloseTo(100, 1)
  })

  it('rank Russia 5th of the named suppliers, "Other" unranked and last', () => {
    const ranked = rankSuppliers(lngSuppliers)
    expect(ranked.find((s) => s.country === 'Russia')?.rank).toBe(5)
    expect(ranked.map((s) => s.country).slice(0, 5)).toEqual([
      'Australia',
      'Malaysia',
      'Qatar',
      'United States',
      'Russia',
    ])
    expect(ranked.at(-1)).toMatchObject({ country: 'Other', rank: null })
  })

  it("agrees with the dataset's own rank figure", () => {
    expect(figureById(figures, 'lng-russia-rank-2021')?.figure.value).toBe(row('Russia')?.rank)
  })
})

describe('derived tonnes', () => {
  it.each([
    ['Australia', 26.61],
    ['Malaysia', 10.11],
    ['Qatar', 8.99],
    ['United States', 7.06],
    ['Brunei', 4.31],
    ['Other', 2.08],
  ])('%s: share × 74.32 Mt ≈ %s Mt, marked derived and low confidence', (country, mt) => {
    const r = row(country)
    expect(r?.tonnesBasis).toBe('derived')
    expect(r?.tonnes).toMatchObject({ value: mt, unit: 'Mt', derived: true, confidence: 'low' })
    // The formula, in no language: the page says "derived: our arithmetic" / 推計 in the reader's words.
    expect(r?.tonnes?.note).toBe(`${r?.share.value}% × 74.32 Mt`)
  })

  it('shows Russia’s published 6.56 Mt, keeping the derived 6.54 Mt beside it', () => {
    const r = row('Russia')
    expect(r?.tonnesBasis).toBe('published')
    expect(r?.tonnes).toMatchObject({ value: 6.56, derived: false, confidence: 'medium' })
    expect(r?.derivedTonnes).toMatchObject({ value: 6.54, derived: true })
  })

  it('sum to the total within rounding', () => {
    const sum = rows.reduce((n, r) => n + (r.derivedTonnes?.value ?? 0), 0)
    expect(Math.abs(sum - 74.32)).toBeLessThan(0.01 * rows.length)
  })

  it('cite the sources of both factors', () => {
    const share = localizeRecord(figureSchema.parse(makeFigure({ value: 10, sourceIds: ['a'] })), 'en')
    const t = localizeRecord(
      figureSchema.parse(makeFigure({ value: 50, unit: 'Mt', sourceIds: ['b', 'a'] })),
      'en',
    )
    expect(deriveTonnes(share, t)).toMatchObject({ value: 5, sourceIds: ['a', 'b'], qualifier: 'about' })
  })
})

describe('missing records', () => {
  it('leave tonnes null without a total, and shares untouched', () => {
    const noTotal = toSupplierRows(lngSuppliers, null)
    expect(noTotal.every((r) => r.tonnes === null && r.tonnesBasis === null)).toBe(true)
    expect(noTotal.find((r) => r.country === 'Russia')?.rank).toBe(5)
  })

  it('return null for an unknown figure id, commodity or year, never throw', () => {
    expect(figureById(figures, 'no-such-figure')).toBeNull()
    expect(dependencyOf([], 'coal')).toBeNull()
    expect(publishedLngTonnes(figures, 'Russia', null)).toBeNull()
    expect(publishedLngTonnes(figures, 'Russia', 1999)).toBeNull()
    expect(publishedLngTonnes(figures, 'Atlantis', 2021)).toBeNull()
  })

  it('do not take a derived or differently-worded figure for a published tonnage', () => {
    const base: EnergyFigure = {
      id: 'x',
      subject: 'lng',
      label: 'LNG imports from Russia, 2021',
      year: 2021,
      figure: localizeRecord(figureSchema.parse(makeFigure({ value: 6.5, unit: 'Mt', derived: true })), 'en'),
    }
    expect(publishedLngTonnes([base], 'Russia', 2021)).toBeNull()
    expect(
      publishedLngTonnes([{ ...base, label: 'LNG imports from Russian Far East' }], 'Russia', 2021),
    ).toBeNull()
  })

  it('rank an empty list as empty', () => {
    expect(toSupplierRows([], null)).toEqual([])
    expect(
      sumOfShares([
        localizeRecord(lngSupplierSchema.parse({ id: 'o', country: 'Other', share: makeFigure() }), 'en'),
      ]),
    ).toBe(8.8)
  })
})

describe('published tonnes in a Japanese page', () => {
  it('still finds Russia’s published 6.56 Mt when the labels are in Japanese', () => {
    const ja = loadDataset2022('ja')
    expect(ja.energy.figures.find((f) => f.id === 'lng-russia-imports-2021')?.label).toMatch(/ロシア/)
    expect(publishedLngTonnes(ja.energy.figures, 'Russia', 2021)?.value).toBe(6.56)
  })
})
