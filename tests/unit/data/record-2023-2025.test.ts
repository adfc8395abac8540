/**
 * The bundled dataset's record of 2023–2025 (and the 2022 rounds added with it): every round's counts as the
 * research notes give them, the export-ban running totals that close at 561 and 56, and the consistency findings
 * the data now produces. Figures from /work/shared/research/facts-2023-2026.md; see docs/sources-2023-2025.md.
 */
import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import type { Measure } from '@/data/validate/schema'
import { runConsistencyChecks, type TotalCheck } from '@/data/shape/consistency'
import { isRussianIndividualFreeze, toCumulativeSeries } from '@/data/shape/cumulative'
import { validateDatasetText } from '@/data/validate/validate-dataset'
import { localizeDataset } from '@/data/localize'

const text = readFileSync(new URL('../../../public/data/sanctions.json', import.meta.url), 'utf8')
const result = validateDatasetText(text)
if (!result.ok) throw new Error(`the bundled dataset does not load: ${result.error.message}`)
const dataset = localizeDataset(result.dataset, 'en')
const raw = JSON.parse(text) as { schemaVersion: number; measures: { id: string }[] }

const byId = new Map(dataset.measures.map((m) => [m.id, m]))
function measure(id: string): Measure {
  const m = byId.get(id)
  expect(m, id).toBeDefined()
  return m as Measure
}

/** Every round of 2023–2025 and the 2022 rounds added with them: id → [added, unit, split by country]. */
const ROUNDS: [string, number | null, Measure['unit'], [string, number][]][] = [
  // 2022 gaps
  ['jp-2022-06-07-ru-banks', 2, 'organisations', []],
  ['jp-2022-06-07-by-bank', 1, 'organisations', []],
  [
    'jp-2022-07-05-ru-individuals',
    60,
    'persons',
    [
      ['RU', 55],
      ['UA-occupied', 5],
    ],
  ],
  ['jp-2022-07-05-ru-entities', 6, 'organisations', []],
  ['jp-2022-07-05-export-ban-65-entities', 65, 'organisations', []],
  ['jp-2022-07-05-by-export-ban-25-entities', 25, 'organisations', []],
  // 2023
  [
    'jp-2023-01-27-ru-individuals',
    36,
    'persons',
    [
      ['RU', 22],
      ['UA-occupied', 14],
    ],
  ],
  ['jp-2023-01-27-ru-entities', 3, 'organisations', []],
  ['jp-2023-01-27-export-ban-49-entities', 49, 'organisations', []],
  ['jp-2023-01-27-goods-40-items', 40, 'items', []],
  ['jp-2023-01-27-technologies-17', 17, 'technologies', []],
  ['jp-2023-01-27-chemicals-35', 35, 'items', []],
  ['jp-2023-02-06-oil-products-price-cap', null, null, []],
  [
    'jp-2023-02-28-ru-individuals',
    48,
    'persons',
    [
      ['RU', 39],
      ['UA-occupied', 9],
    ],
  ],
  ['jp-2023-02-28-ru-entities', 73, 'organisations', []],
  ['jp-2023-02-28-rosbank', 1, 'organisations', []],
  ['jp-2023-02-28-export-ban-21-entities', 21, 'organisations', []],
  ['jp-2023-03-31-goods-418-items', 418, 'items', []],
  ['jp-2023-03-31-mfn-extended', null, null, []],
  [
    'jp-2023-05-26-ru-individuals',
    24,
    'persons',
    [
      ['RU', 17],
      ['UA-occupied', 7],
    ],
  ],
  ['jp-2023-05-26-ru-entities', 78, 'organisations', []],
  ['jp-2023-05-26-export-ban-80-entities', 80, 'organisations', []],
  ['jp-2023-05-26-construction-services-ban', null, null, []],
  ['jp-2023-07-28-goods-cars', 750, 'items', []],
  [
    'jp-2023-12-15-ru-individuals',
    35,
    'persons',
    [
      ['RU', 19],
      ['UA-occupied', 16],
    ],
  ],
  ['jp-2023-12-15-ru-entities', 43, 'organisations', []],
  ['jp-2023-12-15-ae-entity', 1, 'organisations', []],
  ['jp-2023-12-15-export-ban-57-entities', 57, 'organisations', []],
  [
    'jp-2023-12-15-export-ban-third-countries',
    6,
    'organisations',
    [
      ['AE', 2],
      ['UZ', 2],
      ['AM', 1],
      ['SY', 1],
    ],
  ],
  ['jp-2023-12-15-diamonds-import-ban', null, null, []],
  // 2024
  ['jp-2024-02-02-price-cap-compliance', null, null, []],
  [
    'jp-2024-03-01-ru-individuals',
    12,
    'persons',
    [
      ['RU', 9],
      ['UA-occupied', 3],
    ],
  ],
  ['jp-2024-03-01-ru-entities', 7, 'organisations', []],
  ['jp-2024-03-01-tinkoff', 1, 'organisations', []],
  ['jp-2024-03-01-export-ban-29-entities', 29, 'organisations', []],
  ['jp-2024-03-01-goods-164-items', 164, 'items', []],
  ['jp-2024-03-01-diamonds-third-countries', null, null, []],
  ['jp-2024-03-29-mfn-extended', null, null, []],
  ['jp-2024-05-24-ru-individual', 1, 'persons', []],
  ['jp-2024-05-24-ru-entities', 9, 'organisations', []],
  ['jp-2024-05-24-cy-entities', 2, 'organisations', []],
  [
    'jp-2024-06-21-ru-individuals',
    11,
    'persons',
    [
      ['RU', 10],
      ['UA-occupied', 1],
    ],
  ],
  [
    'jp-2024-06-21-ru-entities',
    28,
    'organisations',
    [
      ['RU', 27],
      ['UA-occupied', 1],
    ],
  ],
  ['jp-2024-06-21-ae-entity', 1, 'organisations', []],
  ['jp-2024-06-21-export-ban-14-entities', 14, 'organisations', []],
  [
    'jp-2024-06-21-export-ban-third-countries',
    10,
    'organisations',
    [
      ['CN', 7],
      ['IN', 1],
      ['KZ', 1],
      ['UZ', 1],
    ],
  ],
  ['jp-2024-10-02-diamonds-half-carat', null, null, []],
  // 2025
  ['jp-2025-01-10-ru-individuals', 11, 'persons', []],
  ['jp-2025-01-10-ru-entities', 29, 'organisations', []],
  ['jp-2025-01-10-ru-banks', 3, 'organisations', []],
  ['jp-2025-01-10-kp-individual', 1, 'persons', []],
  ['jp-2025-01-10-ge-bank', 1, 'organisations', []],
  ['jp-2025-01-10-export-ban-22-entities', 22, 'organisations', []],
  [
    'jp-2025-01-10-export-ban-third-countries',
    31,
    'organisations',
    [
      ['HK', 11],
      ['CN', 7],
      ['TR', 8],
      ['KG', 2],
      ['TH', 1],
      ['AE', 1],
      ['KZ', 1],
    ],
  ],
  ['jp-2025-01-10-goods-335-items', 335, 'items', []],
  ['jp-2025-03-28-mfn-extended', null, null, []],
  [
    'jp-2025-09-12-ru-individuals',
    14,
    'persons',
    [
      ['RU', 9],
      ['UA-occupied', 5],
    ],
  ],
  [
    'jp-2025-09-12-ru-entities',
    48,
    'organisations',
    [
      ['RU', 47],
      ['UA-occupied', 1],
    ],
  ],
  ['jp-2025-09-12-banks-total', 0, 'organisations', []],
  ['jp-2025-09-12-third-country-entities', 3, 'organisations', []],
  ['jp-2025-09-12-export-ban-2-entities', 2, 'organisations', []],
  [
    'jp-2025-09-12-export-ban-third-countries',
    9,
    'organisations',
    [
      ['CN', 6],
      ['TR', 2],
      ['AE', 1],
    ],
  ],
  ['jp-2025-09-12-crude-price-cap-cut', null, null, []],
  // Russia's retaliation
  ['ru-2022-12-27-oil-ban-price-cap-countries', null, null, []],
  ['ru-2023-01-fishing-talks', null, null, []],
  ['ru-2024-07-23-entry-ban-13', 13, 'persons', []],
  ['ru-2025-03-03-entry-ban-9', 9, 'persons', []],
  ['ru-2025-11-11-entry-ban-30', 30, 'persons', []],
]

const NEW_IDS = ROUNDS.map(([id]) => id)

const russianEntityExportBan = (m: Measure) =>
  m.direction === 'JP→RU' && m.type === 'export_ban' && m.target === 'entity' && m.targetCountry === 'RU'
const thirdCountryExportBan = (m: Measure) =>
  m.direction === 'JP→RU' && m.type === 'export_ban' && m.target === 'entity' && m.targetCountry === 'mixed'

describe('the bundled dataset, 2023–2025', () => {
  it('validates with no problem and no rejected record, in format version 3', () => {
    expect(result.problems).toEqual([])
    expect(result.rejected).toBe(0)
    expect(dataset.measures).toHaveLength(raw.measures.length)
    expect(raw.schemaVersion).toBe(3)
  })

  it('is titled without a year and covers February 2022 to its latest fact', () => {
    expect(result.dataset.meta.title).toEqual({ en: "Japan's sanctions on Russia", ja: '日本の対ロシア制裁' })
    expect(dataset.meta.coverage).toEqual({ from: '2022-02-23', to: dataset.meta.asOf })
    const latest = [
      ...dataset.measures.flatMap((m) => [m.announced, m.effective ?? '']),
      ...dataset.energy.events.map((e) => e.date),
    ].sort()
    expect(latest.at(-1)).toBe(dataset.meta.asOf)
    expect(dataset.meta.version).toBe('2.0.0')
  })

  it.each(ROUNDS)('%s adds %s %s, split as reported', (id, added, unit, split) => {
    const m = measure(id)
    expect(m.added).toBe(added)
    expect(m.unit).toBe(unit)
    expect(m.byCountry.map((c) => [c.country, c.added])).toEqual(split)
    expect(m.removed).toBe(0)
  })

  it('closes the Russian export-ban entities at 287 (end-2022), 494 (15 Dec 2023) and 561 (12 Sep 2025)', () => {
    const series = toCumulativeSeries(dataset.measures, russianEntityExportBan)
    const at = (id: string) => series.find((p) => p.measureId === id)?.total
    expect(series.filter((p) => p.date <= '2022-12-31').at(-1)?.total).toBe(287)
    expect(at('jp-2022-07-05-export-ban-65-entities')).toBe(266)
    expect(at('jp-2023-12-15-export-ban-57-entities')).toBe(494)
    expect(series.at(-1)).toMatchObject({
      measureId: 'jp-2025-09-12-export-ban-2-entities',
      total: 561,
      reportedTotal: 561,
    })
    expect(series.map((p) => p.added)).toEqual([49, 81, 71, 65, 21, 49, 21, 80, 57, 29, 14, 22, 2])
  })

  it('closes the third-country export-ban entities at 56 on 12 Sep 2025', () => {
    const series = toCumulativeSeries(dataset.measures, thirdCountryExportBan)
    expect(series.map((p) => [p.date, p.added, p.total])).toEqual([
      ['2023-12-15', 6, 6],
      ['2024-06-21', 10, 16],
      ['2025-01-10', 31, 47],
      ['2025-09-12', 9, 56],
    ])
    expect(series.at(-1)?.reportedTotal).toBe(56)
  })

  it('sums the Russia-related individuals under asset freeze to 966 by 12 Sep 2025 (973 added, 7 delisted), against METI’s 1,017', () => {
    const series = toCumulativeSeries(dataset.measures, isRussianIndividualFreeze)
    expect(series.at(-1)).toMatchObject({
      measureId: 'jp-2025-09-12-ru-individuals',
      total: 966,
      reportedTotal: 1017,
    })
    expect(series.reduce((n, p) => n + p.added, 0)).toBe(973)
  })

  describe('consistency', () => {
    const checks = runConsistencyChecks(dataset.measures, dataset.goods)
    const totals = checks.filter((c): c is TotalCheck => c.kind === 'total')
    const summary = (c: TotalCheck) => [c.measureId, c.qualifier, c.reported, c.derived]

    it('splits every count by country exactly', () => {
      const splits = checks.filter((c) => c.kind === 'country-split')
      expect(splits.filter((c) => !c.ok)).toEqual([])
      expect(splits.map((c) => c.measureId)).toEqual(
        expect.arrayContaining(ROUNDS.filter(([, , , s]) => s.length > 0).map(([id]) => id)),
      )
    })

    it('adds up every goods measure whose rows are all counted', () => {
      expect(checks.filter((c) => c.kind === 'goods-count' && !c.ok)).toEqual([])
    })

    it('agrees with these reported totals', () => {
      expect(totals.filter((c) => c.ok).map(summary)).toEqual([
        ['jp-2022-02-25-bank-asset-freeze', 'exact', 3, 3],
        ['jp-2022-03-03-bank-asset-freeze', 'exact', 7, 7],
        ['jp-2022-03-11-general-purpose-items', 'about', 300, 293],
        ['jp-2022-03-15-ru-individuals', 'exact', 61, 61],
        ['jp-2022-03-18-ru-individuals', 'exact', 76, 76],
        ['jp-2022-03-25-ru-individuals', 'exact', 101, 101],
        ['jp-2022-03-25-export-ban-81-entities', 'exact', 130, 130],
        ['jp-2022-04-12-ru-individuals', 'exact', 499, 499],
        ['jp-2022-05-10-cutting-edge-goods', 'about', 300, 307],
        ['jp-2023-12-15-export-ban-57-entities', 'exact', 494, 494],
        ['jp-2023-12-15-export-ban-third-countries', 'exact', 6, 6],
        ['jp-2025-09-12-ru-entities', 'exact', 370, 370],
        ['jp-2025-09-12-export-ban-2-entities', 'exact', 561, 561],
        ['jp-2025-09-12-export-ban-third-countries', 'exact', 56, 56],
      ])
    })

    it('shows where reported totals differ from the sum of the rounds, never correcting them', () => {
      expect(totals.filter((c) => !c.ok).map(summary)).toEqual([
        ['jp-2022-03-18-ru-entities', 'exact', 12, 9],
        ['jp-2022-04-12-ru-entities', 'exact', 47, 37],
        ['jp-2022-10-07-ru-individuals', 'exact', 903, 781],
        ['jp-2022-10-07-ru-entities', 'exact', 280, 52],
        ['jp-2022-10-07-banks-cumulative', 'exact', 11, 9],
        ['jp-2023-02-28-ru-individuals', 'more_than', 900, 865],
        ['jp-2023-02-28-ru-entities', 'more_than', 300, 128],
        ['jp-2025-09-12-ru-individuals', 'exact', 1017, 966],
        ['jp-2025-09-12-banks-total', 'exact', 17, 14],
      ])
      const banks = totals.find((c) => c.measureId === 'jp-2025-09-12-banks-total')
      expect(banks?.unknownSizeIds).toEqual([
        'jp-2022-05-10-bank-asset-freeze',
        'jp-2022-10-07-banks-cumulative',
      ])
    })
  })

  it('still holds the seed: 398 added and 499 in total on 12 Apr 2022, 141 on 10 May 2022', () => {
    expect(measure('jp-2022-04-12-ru-individuals')).toMatchObject({ added: 398, reportedTotal: 499 })
    expect(measure('jp-2022-05-10-ru-individuals')).toMatchObject({ added: 141 })
  })

  it('keeps both figures where sources disagree', () => {
    const alt = (id: string) => measure(id).alternatives.map((a) => [a.field, a.value])
    expect(alt('jp-2023-07-28-goods-cars')).toContainEqual(['added', 758])
    expect(alt('jp-2023-12-15-ru-individuals')).toContainEqual(['added', 33])
    expect(alt('jp-2024-05-24-cy-entities')).toContainEqual(['added', 2])
    expect(measure('jp-2024-05-24-cy-entities').description).toMatch(/Belarus/)
    expect(measure('jp-2024-03-01-diamonds-third-countries')).toMatchObject({ effective: '2024-05-10' })
    expect(measure('jp-2024-03-01-diamonds-third-countries').description).toMatch(/1 May 2024/)
  })

  it('sets the price caps and the diamond thresholds with the level each replaced', () => {
    const limits = (id: string) => measure(id).limits.map((l) => [l.value, l.unit, l.previous])
    expect(limits('jp-2022-12-05-oil-price-cap')).toEqual([[60, 'USD/bbl', null]])
    expect(limits('jp-2023-02-06-oil-products-price-cap')).toEqual([
      [100, 'USD/bbl', null],
      [45, 'USD/bbl', null],
    ])
    expect(limits('jp-2024-02-02-price-cap-compliance')).toEqual([])
    expect(limits('jp-2025-09-12-crude-price-cap-cut')).toEqual([[47.6, 'USD/bbl', 60]])
    expect(measure('jp-2025-09-12-crude-price-cap-cut').headline).toBe(true)
    expect(limits('jp-2024-03-01-diamonds-third-countries')).toEqual([[1, 'ct', null]])
    expect(limits('jp-2024-10-02-diamonds-half-carat')).toEqual([[0.5, 'ct', 1]])
  })

  it('extends the 2022 MFN revocation year by year', () => {
    const ext = dataset.measures.filter((m) => m.extends === 'jp-2022-03-16-mfn-revoked')
    expect(ext.map((m) => [m.announced, m.until])).toEqual([
      ['2023-03-31', '2024-03-31'],
      ['2024-03-29', '2025-03-31'],
      ['2025-03-28', '2026-03-31'],
    ])
    expect(ext.every((m) => m.type === 'trade_status' && m.target === 'state')).toBe(true)
  })

  it('records the delistings the Ministry of Finance list marks on its Russian individuals sheet', () => {
    // 29.ロシア連邦(個人): 3 rows "2025.1.10削除", 4 rows "2025.9.12削除" (the Crimea sheet's 5 of 10 Jan 2025 may
    // predate 2022 and are left out, as the records say).
    expect(dataset.measures.filter((m) => m.removed > 0).map((m) => [m.id, m.announced, m.removed])).toEqual([
      ['jp-2025-01-10-ru-individuals-delisted', '2025-01-10', 3],
      ['jp-2025-09-12-ru-individuals-delisted', '2025-09-12', 4],
    ])
    for (const m of dataset.measures.filter((x) => x.removed > 0))
      expect(m.sourceIds).toEqual(['mof-asset-freeze-list-2026-03-05'])
  })

  it('marks about two major decisions a year on the time axis', () => {
    for (const year of ['2023', '2024', '2025']) {
      const n = dataset.measures.filter((m) => m.headline && m.announced.startsWith(year)).length
      expect(n, year).toBeGreaterThanOrEqual(1)
      expect(n, year).toBeLessThanOrEqual(4)
    }
  })

  it('lists the goods each round names, with no invented count', () => {
    for (const id of [
      'jp-2023-01-27-goods-40-items',
      'jp-2023-03-31-goods-418-items',
      'jp-2023-07-28-goods-cars',
      'jp-2024-03-01-goods-164-items',
      'jp-2025-01-10-goods-335-items',
    ]) {
      const rows = dataset.goods.filter((g) => g.measureId === id)
      expect(rows.length, id).toBeGreaterThan(3)
      // Named groups of unknown size: no unidentified filler, since the named rows' counts are unknown.
      expect(
        rows.every((g) => g.itemCount === null && !g.unidentified),
        id,
      ).toBe(true)
      expect(
        rows.every((g) => g.effective === measure(id).effective),
        id,
      ).toBe(true)
    }
    expect(
      dataset.goods.filter((g) => g.measureId === 'jp-2023-01-27-chemicals-35').map((g) => g.itemCount),
    ).toEqual([35])
  })

  it('resolves every cited source id, and every new record cites at least one', () => {
    const ids = new Set(dataset.sources.map((s) => s.id))
    const cited = new Set<string>()
    JSON.stringify(dataset, (key, value: unknown) => {
      if (key === 'sourceIds' && Array.isArray(value)) for (const id of value) cited.add(String(id))
      return value
    })
    expect([...cited].filter((id) => !ids.has(id))).toEqual([])
    for (const id of NEW_IDS) expect(measure(id).sourceIds.length, id).toBeGreaterThan(0)
    const later = [
      ...dataset.goods.filter((g) => g.effective >= '2023-01-01'),
      ...dataset.energy.events.filter((e) => e.date >= '2023-01-01'),
    ]
    expect(later.length).toBeGreaterThan(40)
    for (const r of later) expect(r.sourceIds.length, r.id).toBeGreaterThan(0)
    // No source is listed twice under two ids.
    const urls = dataset.sources.map((s) => s.url)
    expect(new Set(urls).size).toBe(urls.length)
  })

  it('holds Russia’s share of Japan’s LNG imports for each year 2021–2025', () => {
    const lng = dataset.energy.dependencies
      .filter((d) => d.commodity === 'lng')
      .map((d) => [d.year, d.share.value, d.share.derived])
    expect(lng).toEqual([
      [2021, 8.8, false],
      [2022, 9.5, true],
      [2023, 9.3, true],
      [2024, 8.6, true],
      [2025, 9, false],
    ])
    const ids = [...dataset.energy.events.map((e) => e.id), ...dataset.energy.figures.map((f) => f.id)]
    expect(new Set(ids).size).toBe(ids.length)
  })
})
