import { describe, expect, it } from 'vitest'

import { measureSchema, type RawMeasure } from '@/data/validate/schema'
import {
  agrees,
  checkGoodsCounts,
  checkReportedTotals,
  describeCheck,
  type TotalCheck,
} from '@/data/shape/consistency'
import { goodsItemSchema } from '@/data/validate/schema'

import { makeGoodsItem, makeMeasure } from '../../fixtures/make-dataset'
import { EN, JA } from './i18n-harness'

const measure = (o: Record<string, unknown>): RawMeasure => measureSchema.parse(makeMeasure(o))

describe('agrees', () => {
  it.each([
    [61, 61, 'exact', true],
    [60, 61, 'exact', false],
    [307, 300, 'about', true], // 2.3% off "about 300"
    [330, 300, 'about', false], // 10% off
    [640, 700, 'more_than', false],
    [721, 700, 'more_than', true],
    [700, 700, 'at_least', true],
    [701, 700, 'up_to', false],
  ] as const)('derived %i vs reported %i (%s) → %s', (derived, reported, q, expected) => {
    expect(agrees(derived, reported, q)).toBe(expected)
  })
})

describe('checkReportedTotals', () => {
  // The 2022 asset-freeze arithmetic: 6 + 18 + 20 + 17 = 61; + 15 = 76.
  const tranches = [
    measure({ id: 'mar01', announced: '2022-03-01', effective: null, added: 6 }),
    measure({ id: 'mar03', announced: '2022-03-03', effective: null, added: 18 }),
    measure({ id: 'feb23', announced: '2022-02-23', effective: null, added: null }),
    measure({ id: 'mar08', announced: '2022-03-08', effective: null, added: 20 }),
    measure({ id: 'mar15', announced: '2022-03-15', effective: null, added: 17, reportedTotal: 61 }),
    measure({ id: 'mar18', announced: '2022-03-18', effective: null, added: 15, reportedTotal: 76 }),
  ]

  it('sums tranches in announcement order and matches each reported total', () => {
    const checks = checkReportedTotals(tranches)
    expect(checks.map((c) => [c.measureId, c.derived, c.reported, c.ok])).toEqual([
      ['mar15', 61, 61, true],
      ['mar18', 76, 76, true],
    ])
  })

  it('names the records of unreported size instead of guessing them', () => {
    const [first] = checkReportedTotals(tranches)
    expect(first?.unknownSizeIds).toEqual(['feb23'])
    expect(first?.recordIds).toEqual(['mar01', 'mar03', 'mar08', 'mar15'])
  })

  it('reports a mismatch with both figures and every record involved', () => {
    const checks = checkReportedTotals([
      measure({ id: 'a', added: 6 }),
      measure({ id: 'b', announced: '2022-03-10', effective: null, added: 10, reportedTotal: 20 }),
    ])
    const check = checks[0] as TotalCheck
    expect(check.ok).toBe(false)
    expect(describeCheck(EN, check)).toBe(
      'Measure "b" (10 Mar 2022) reports a total of 20 persons; its tranches add up to 16 (a + b).',
    )
    expect(describeCheck(JA, check)).toBe(
      '措置「b」（2022年3月10日）は合計を20人と報告していますが、各回の追加分の合計は16です（a + b）。',
    )
  })

  it('words a reported total as its source did ("about"), in both languages', () => {
    const checks = checkReportedTotals([
      measure({ id: 'a', added: 6 }),
      measure({
        id: 'b',
        announced: '2022-03-10',
        effective: null,
        added: 10,
        reportedTotal: 30,
        reportedTotalQualifier: 'about',
      }),
    ])
    const check = checks[0] as TotalCheck
    expect(check.ok).toBe(false)
    expect(describeCheck(EN, check)).toBe(
      'Measure "b" (10 Mar 2022) reports a total of about 30 persons; its tranches add up to 16 (a + b).',
    )
    expect(describeCheck(JA, check)).toContain('約30人')
  })

  it('keeps separate tallies for different targets, countries and sides', () => {
    const checks = checkReportedTotals([
      measure({ id: 'ru', added: 6 }),
      measure({ id: 'by', targetCountry: 'BY', added: 7 }),
      measure({ id: 'bank', target: 'bank', unit: 'organisations', added: 3 }),
      measure({ id: 'ru2', announced: '2022-03-03', effective: null, added: 4, reportedTotal: 10 }),
    ])
    expect(checks).toHaveLength(1)
    expect(checks[0]).toMatchObject({ measureId: 'ru2', derived: 10, ok: true })
  })
})

describe('checkGoodsCounts', () => {
  const goodsMeasure = measure({ id: 'mg', type: 'export_ban', target: 'goods', unit: 'items', added: 3 })
  const row = (o: Record<string, unknown>) => goodsItemSchema.parse(makeGoodsItem({ measureId: 'mg', ...o }))

  it('matches when named and unidentified rows add up to the measure count', () => {
    const rows = [row({ id: 'a' }), row({ id: 'b' }), row({ id: 'c', name: null, unidentified: true })]
    expect(checkGoodsCounts([goodsMeasure], rows)).toEqual([
      { kind: 'goods-count', measureId: 'mg', counted: 3, listed: 3, goodsIds: ['a', 'b', 'c'], ok: true },
    ])
  })

  it('flags a measure whose rows fall short', () => {
    const [check] = checkGoodsCounts([goodsMeasure], [row({ id: 'a' })])
    expect(check?.ok).toBe(false)
  })

  it('skips measures listed only by examples of unknown size', () => {
    expect(checkGoodsCounts([goodsMeasure], [row({ id: 'a', itemCount: null })])).toEqual([])
  })
})
