/** Schema version 3: third countries, per-country counts, delistings, price caps and thresholds, extensions. */
import { describe, expect, it } from 'vitest'

import { checkCountrySplits, checkReportedTotals, runConsistencyChecks } from '@/data/shape/consistency'
import { toCumulativeSeries } from '@/data/shape/cumulative'
import { localizeDataset } from '@/data/localize'
import { validateDataset } from '@/data/validate/validate-dataset'
import type { BilingualDataset } from '@/data/validate/schema'

import { makeDataset, makeMeasure } from '../../fixtures/make-dataset'

function valid(measures: unknown[], schemaVersion = 3): BilingualDataset {
  const result = validateDataset(makeDataset({ schemaVersion, measures }))
  if (!result.ok) throw new Error('dataset refused')
  return result.dataset
}

const thirdCountryExportBan = makeMeasure({
  id: 'jp-2025-01-10-third-country-export-ban',
  type: 'export_ban',
  announced: '2025-01-10',
  effective: null,
  target: 'entity',
  targetCountry: 'mixed',
  added: 31,
  unit: 'organisations',
  byCountry: [
    { country: 'HK', added: 11 },
    { country: 'CN', added: 7 },
    { country: 'TR', added: 8 },
    { country: 'KG', added: 2 },
    { country: 'TH', added: 1 },
    { country: 'AE', added: 1 },
    { country: 'KZ', added: 1 },
  ],
})

describe('schema version 3', () => {
  it('reads any ISO country, the occupied regions of Ukraine, and a per-country split', () => {
    const d = valid([
      thirdCountryExportBan,
      makeMeasure({ id: 'cy', targetCountry: 'CY', target: 'entity', added: 2, unit: 'organisations' }),
      makeMeasure({
        id: 'split',
        added: 36,
        byCountry: [
          { country: 'RU', added: 22 },
          { country: 'UA-occupied', added: 14 },
        ],
      }),
    ])
    expect(d.measures.map((m) => m.targetCountry)).toEqual(['mixed', 'CY', 'RU'])
    expect(d.measures[2]?.byCountry).toEqual([
      { country: 'RU', added: 22 },
      { country: 'UA-occupied', added: 14 },
    ])
    // Fields left out take their defaults.
    expect(d.measures[1]).toMatchObject({ byCountry: [], removed: 0, limits: [], extends: null, until: null })
  })

  it('rejects a bad country, a country twice, and an end date before the announcement', () => {
    const result = validateDataset(
      makeDataset({
        schemaVersion: 3,
        measures: [
          makeMeasure({ id: 'bad-code', targetCountry: 'Russia' }),
          makeMeasure({ id: 'lower', byCountry: [{ country: 'cn', added: 1 }] }),
          makeMeasure({
            id: 'twice',
            byCountry: [
              { country: 'CN', added: 1 },
              { country: 'CN', added: 2 },
            ],
          }),
          makeMeasure({ id: 'until', type: 'trade_status', effective: null, until: '2021-01-01' }),
          makeMeasure({ id: 'ok' }),
        ],
      }),
    )
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.dataset.measures.map((m) => m.id)).toEqual(['ok'])
    const measureProblems = result.problems.filter((p) => p.collection === 'measures')
    expect(measureProblems.map((p) => p.id)).toEqual(['bad-code', 'lower', 'twice', 'until'])
  })

  it('keeps price caps with the level they replaced, and extensions with their end date', () => {
    const d = valid([
      makeMeasure({
        id: 'cap',
        type: 'energy_policy',
        target: 'commodity',
        added: null,
        unit: null,
        limits: [{ subject: { en: 'Crude oil', ja: '原油' }, value: 47.6, unit: 'USD/bbl', previous: 60 }],
      }),
      makeMeasure({
        id: 'mfn-2025',
        type: 'trade_status',
        target: 'state',
        added: null,
        unit: null,
        extends: 'mfn',
        until: '2026-03-31',
      }),
    ])
    expect(d.measures[0]?.limits).toEqual([
      { subject: { en: 'Crude oil', ja: '原油' }, value: 47.6, unit: 'USD/bbl', previous: 60 },
    ])
    expect(d.measures[1]).toMatchObject({ extends: 'mfn', until: '2026-03-31' })
    expect(localizeDataset(d, 'ja').measures[0]?.limits[0]?.subject).toBe('原油')
  })

  it('still reads version 1 and 2 files as before', () => {
    for (const version of [1, 2]) {
      const d = valid([makeMeasure({ targetCountry: 'BY' })], version)
      expect(d.schemaVersion).toBe(version)
      expect(d.measures[0]).toMatchObject({ targetCountry: 'BY', byCountry: [], removed: 0 })
    }
  })
})

describe('delistings and splits in the running totals', () => {
  const measures = localizeDataset(
    valid([
      makeMeasure({ id: 'a', announced: '2022-03-01', added: 10 }),
      makeMeasure({ id: 'b', announced: '2023-01-01', effective: null, added: 5, removed: 2 }),
      makeMeasure({
        id: 'c',
        announced: '2024-01-01',
        effective: null,
        added: null,
        removed: 3,
        reportedTotal: 10,
      }),
    ]),
    'en',
  ).measures

  it('lowers the running total at a delisting', () => {
    const points = toCumulativeSeries(measures, () => true)
    expect(points.map((p) => [p.measureId, p.added, p.removed, p.total])).toEqual([
      ['a', 10, 0, 10],
      ['b', 5, 2, 13],
      ['c', 0, 3, 10],
    ])
    // The reported total after the delisting agrees with the tranches less the removals.
    expect(checkReportedTotals(measures)).toMatchObject([{ measureId: 'c', derived: 10, ok: true }])
  })

  it('checks that a split adds up to its count, and names the countries when it does not', () => {
    const d = localizeDataset(
      valid([
        thirdCountryExportBan,
        makeMeasure({ id: 'short', added: 10, byCountry: [{ country: 'RU', added: 9 }] }),
      ]),
      'en',
    )
    expect(checkCountrySplits(d.measures).map((c) => [c.measureId, c.split, c.ok])).toEqual([
      ['jp-2025-01-10-third-country-export-ban', 31, true],
      ['short', 9, false],
    ])
    expect(runConsistencyChecks(d.measures, []).filter((c) => !c.ok)).toMatchObject([
      { kind: 'country-split', measureId: 'short', counted: 10, split: 9, countries: ['RU 9'] },
    ])
  })
})
