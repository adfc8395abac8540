/** The timeline over several years: year presets, time ticks, and the breakdown by target country. */
import { describe, expect, it } from 'vitest'

import { countByGroup, groupOf, isThirdCountry } from '@/data/shape/country-groups'
import { NO_FILTER } from '@/data/shape/filter'
import { presetYear, yearRanges } from '@/data/shape/year-ranges'
import { localizeDataset } from '@/data/localize'
import { validateDataset } from '@/data/validate/validate-dataset'
import { tallyToCsv } from '@/features/timeline/tally-csv'
import { tickLabel, tickUnit, timeTicks } from '@/features/timeline/tally-chart'
import {
  availableSeries,
  breakdownOf,
  groupTotals,
  seriesById,
  toTallyPoints,
  toTime,
} from '@/features/timeline/timeline-data'
import { loadCatalogue } from '@/lib/i18n/catalogues'
import { getI18n } from '@/lib/i18n/i18n'

import { makeDataset, makeMeasure } from '../../fixtures/make-dataset'

const coverage = { from: '2022-02-23', to: '2025-09-12' }

describe('year presets', () => {
  it('gives one range per covered year, clipped to the coverage', () => {
    expect(yearRanges(coverage)).toEqual([
      { year: 2022, from: '2022-02-23', to: '2022-12-31' },
      { year: 2023, from: '2023-01-01', to: '2023-12-31' },
      { year: 2024, from: '2024-01-01', to: '2024-12-31' },
      { year: 2025, from: '2025-01-01', to: '2025-09-12' },
    ])
  })

  it('knows which preset a range is, from a preset or typed to the year edges', () => {
    expect(presetYear({ from: '2024-01-01', to: '2024-12-31' }, coverage)).toBe(2024)
    expect(presetYear({ from: '2022-02-23', to: '2022-12-31' }, coverage)).toBe(2022)
    expect(presetYear({ from: '2022-01-01', to: '2022-12-31' }, coverage)).toBe(2022)
    expect(presetYear({ from: null, to: null }, coverage)).toBeNull()
    expect(presetYear({ from: '2024-01-01', to: '2024-06-30' }, coverage)).toBeNull()
    expect(presetYear({ from: '2023-01-01', to: null }, coverage)).toBeNull()
  })
})

describe('time ticks', () => {
  const span = (from: string, to: string): [number, number] => [toTime(from), toTime(to)]

  it('uses months over a year, quarters over three, years over four', () => {
    expect(tickUnit(span('2022-02-23', '2022-12-05'))).toBe('month')
    expect(tickUnit(span('2022-02-23', '2024-06-30'))).toBe('quarter')
    expect(tickUnit(span('2022-02-23', '2025-09-12'))).toBe('year')
  })

  it('puts yearly ticks on 1 January and labels them with the year in either language', async () => {
    const { unit, ticks } = timeTicks(span('2022-02-23', '2025-09-12'))
    expect(ticks.map((t) => new Date(t).toISOString().slice(0, 10))).toEqual([
      '2023-01-01',
      '2024-01-01',
      '2025-01-01',
    ])
    expect(ticks.map((t, i) => tickLabel(getI18n('en').fmt, unit, t, i))).toEqual(['2023', '2024', '2025'])
    await loadCatalogue('ja')
    expect(tickLabel(getI18n('ja').fmt, unit, ticks[0]!, 0)).toBe('2023年')
  })

  it('keeps quarterly ticks on January, April, July and October', () => {
    const { ticks } = timeTicks(span('2022-02-23', '2024-06-30'))
    expect(new Set(ticks.map((t) => new Date(t).getUTCMonth()))).toEqual(new Set([0, 3, 6, 9]))
    expect(ticks).toHaveLength(9)
  })
})

describe('country groups', () => {
  it('groups codes as the ministries do', () => {
    expect(['RU', 'UA-occupied', 'BY', 'CN', 'HK', 'TR', 'mixed', 'JP'].map(groupOf)).toEqual([
      'russia',
      'occupied',
      'belarus',
      'third',
      'third',
      'third',
      null,
      null,
    ])
  })

  it('splits a count by its byCountry, else by its target country; an unreported split stays unsplit', () => {
    const split = countByGroup({
      added: 36,
      targetCountry: 'RU',
      byCountry: [
        { country: 'RU', added: 22 },
        { country: 'UA-occupied', added: 14 },
      ],
    })
    expect(split).toEqual({ groups: { russia: 22, occupied: 14, belarus: 0, third: 0 }, unsplit: 0 })
    expect(countByGroup({ added: 12, targetCountry: 'mixed', byCountry: [] }).unsplit).toBe(12)
    expect(countByGroup({ added: 2, targetCountry: 'CY', byCountry: [] }).groups.third).toBe(2)
    expect(isThirdCountry({ targetCountry: 'mixed', byCountry: [{ country: 'HK', added: 11 }] })).toBe(true)
    expect(isThirdCountry({ targetCountry: 'RU', byCountry: [] })).toBe(false)
  })
})

describe('the export-ban tallies and the breakdown by country', () => {
  const result = validateDataset(
    makeDataset({
      schemaVersion: 3,
      measures: [
        makeMeasure({ id: 'ru-1', type: 'export_ban', target: 'entity', unit: 'organisations', added: 49 }),
        makeMeasure({
          id: 'by-1',
          type: 'export_ban',
          target: 'entity',
          unit: 'organisations',
          targetCountry: 'BY',
          added: 25,
          announced: '2022-07-05',
          effective: null,
        }),
        makeMeasure({
          id: 'third-1',
          type: 'export_ban',
          target: 'entity',
          unit: 'organisations',
          targetCountry: 'mixed',
          added: 6,
          byCountry: [
            { country: 'AE', added: 2 },
            { country: 'UZ', added: 2 },
            { country: 'AM', added: 1 },
            { country: 'SY', added: 1 },
          ],
          announced: '2023-12-15',
          effective: null,
        }),
        makeMeasure({
          id: 'ru-2',
          type: 'export_ban',
          target: 'entity',
          unit: 'organisations',
          added: 57,
          reportedTotal: 106,
          announced: '2023-12-15',
          effective: null,
        }),
      ],
    }),
  )
  if (!result.ok) throw new Error('refused')
  const { measures } = localizeDataset(result.dataset, 'en')

  it('keeps Russian and third-country export bans in their own tallies', () => {
    expect(availableSeries(measures, NO_FILTER).map((s) => s.id)).toEqual(['export-entities', 'export-third'])
    expect(toTallyPoints(measures, seriesById('export-entities'), NO_FILTER).map((p) => p.total)).toEqual([
      49, 106,
    ])
    expect(toTallyPoints(measures, seriesById('export-third'), NO_FILTER).map((p) => p.total)).toEqual([6])
  })

  it('counts every target country in the breakdown, by group', () => {
    const points = toTallyPoints(measures, breakdownOf(seriesById('export-entities')), NO_FILTER)
    expect(points.map((p) => [p.measureId, p.total])).toEqual([
      ['ru-1', 49],
      ['by-1', 74],
      ['third-1', 80],
      ['ru-2', 137],
    ])
    // A reported total belongs to its own series: the breakdown's wider sum does not make it differ.
    expect(points.filter((p) => p.mismatch)).toEqual([])
    expect(groupTotals(points)).toEqual([
      { group: 'russia', added: 106 },
      { group: 'belarus', added: 25 },
      { group: 'third', added: 6 },
    ])
    // The year preset narrows the points; running totals still count what came before.
    const in2023 = toTallyPoints(measures, breakdownOf(seriesById('export-entities')), {
      ...NO_FILTER,
      from: '2023-01-01',
      to: '2023-12-31',
    })
    expect(in2023.map((p) => p.total)).toEqual([80, 137])
  })

  it('writes a column per group in the CSV', () => {
    const points = toTallyPoints(measures, breakdownOf(seriesById('export-entities')), NO_FILTER)
    const csv = tallyToCsv(
      getI18n('en'),
      points,
      seriesById('export-entities'),
      () => [],
      () => 'src-a',
      groupTotals(points).map((g) => g.group),
    )
    const [header, ...rows] = csv.trim().split(/\r?\n/)
    expect(header).toContain('added,added_russia,added_belarus,added_third_countries,running_total')
    expect(rows[2]).toMatch(/^2023-12-15,organisations,6,0,0,6,80,/)
  })
})
