import { describe, expect, it } from 'vitest'

import { figureSchema } from '@/data/schema'
import { dependencyOf, figureById, publishedLngTonnes } from '@/data/shape/energy-figures'
import { toSupplierRows } from '@/data/shape/lng'
import {
  alternativeSpan,
  commonWordPrefix,
  countryName,
  eventKind,
  formatFigure,
  ordinal,
  summarizeDependencies,
  summarizeEvents,
  summarizeLng,
} from '@/features/energy/energy-data'
import { describeTonnes, toLngBars } from '@/features/energy/lng-chart-data'
import {
  dayMonth,
  monthLabel,
  monthStarts,
  stackMarkers,
  timePosition,
} from '@/features/energy/phase-out-data'

import { loadBundledDataset } from '../../fixtures/bundled-dataset'
import { makeFigure } from '../../fixtures/make-dataset'

const dataset = loadBundledDataset()
const { figures, lngSuppliers, dependencies, events } = dataset.energy
const total = figureById(figures, 'lng-japan-imports-2021')?.figure ?? null
const rows = toSupplierRows(lngSuppliers, total, (c) => publishedLngTonnes(figures, c, 2021))

describe('figure wording', () => {
  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [5, '5th'],
    [11, '11th'],
    [22, '22nd'],
  ])('ordinal(%i) is %s', (n, text) => expect(ordinal(n)).toBe(text))

  it.each([
    [{ value: 60, unit: '%', qualifier: 'about' }, 'about 60%'],
    [{ value: 9.6, unit: 'Mt/yr', qualifier: 'exact' }, '9.6 Mt/yr'],
    [{ value: 372.2, unit: 'JPY bn', qualifier: 'exact' }, '¥372.2 bn'],
    [{ value: 5, unit: 'rank', qualifier: 'exact' }, '5th'],
    [{ value: 2500000, unit: 'b/d', qualifier: 'exact' }, '2,500,000 b/d'],
  ] as const)('formatFigure(%o) is %s', (f, text) => expect(formatFigure(f)).toBe(text))

  it('spans the other reported values: Sakhalin-2 capacity 10–11.5 Mt/yr, crude "about 4%"', () => {
    expect(alternativeSpan(figureById(figures, 'sakhalin2-capacity')!.figure)).toBe('10–11.5 Mt/yr')
    expect(alternativeSpan(dependencyOf(dependencies, 'crude_oil')!.share)).toBe('about 4%')
    expect(alternativeSpan(figureSchema.parse(makeFigure()))).toBeNull()
  })

  it("names the dataset's target country", () => {
    expect(countryName(dataset.meta.targetCountry)).toBe('Russia')
  })
})

describe('LNG summaries', () => {
  it("states the largest supplier, the total, and Russia's rank and share", () => {
    expect(summarizeLng(rows, total, 'Russia', 2021)).toBe(
      "Australia supplied 35.8% of Japan's 74.32 Mt of LNG in 2021; Russia ranked 5th at 8.8%.",
    )
  })

  it('says so when the total, the target or every supplier is missing', () => {
    expect(summarizeLng(rows, null, 'Russia', null)).toBe(
      "Australia supplied 35.8% of Japan's LNG imports; Russia ranked 5th at 8.8%.",
    )
    expect(summarizeLng(rows, total, 'Atlantis', 2021)).toMatch(/Atlantis is not among the suppliers/)
    expect(summarizeLng([], null, 'Russia', null)).toBe('No LNG suppliers are in this dataset.')
  })

  it('draws one bar per supplier, Russia highlighted with "5th", tonnes labelled by basis', () => {
    const share = toLngBars(rows, 'share', 'Russia')
    expect(share).toHaveLength(11)
    expect(share.filter((b) => b.highlight).map((b) => [b.country, b.valueLabel, b.rankLabel])).toEqual([
      ['Russia', '8.8%', '5th'],
    ])
    const tonnes = toLngBars(rows, 'tonnes', 'Russia')
    expect(tonnes.find((b) => b.country === 'Australia')?.valueLabel).toBe('26.61 Mt derived')
    expect(tonnes.find((b) => b.country === 'Russia')?.valueLabel).toBe('6.56 Mt published')
    expect(toLngBars(toSupplierRows(lngSuppliers, null), 'tonnes', 'Russia')).toEqual([])
  })

  it('names the published tonnage shown instead of the derived one', () => {
    expect(describeTonnes(rows, total)).toBe(
      'Million tonnes. Derived: each share × 74.32 Mt (our arithmetic, low confidence), except Russia: published 6.56 Mt shown (derived: 6.54 Mt).',
    )
    expect(describeTonnes(rows, null)).toMatch(/not in this dataset/)
  })
})

describe('oil and coal', () => {
  it('summarizes the dependencies once per shared wording', () => {
    const deps = [dependencyOf(dependencies, 'crude_oil'), dependencyOf(dependencies, 'coal'), null]
    expect(summarizeDependencies(deps)).toBe(
      "In 2021, Russia's share of Japan's crude oil imports: 3.6%; total coal imports: 11%.",
    )
    expect(summarizeDependencies([null])).toMatch(/No oil or coal/)
    expect(commonWordPrefix(['a b c', 'a b d'])).toBe('a b ')
    expect(commonWordPrefix(['a b', 'a b'])).toBe('a ')
  })

  it('names each event by its measure type, or as context', () => {
    const kind = (id: string) =>
      eventKind(
        events.find((e) => e.id === id)!,
        dataset.measures,
      )
    expect(kind('ev-2022-04-08-coal-ban')).toBe('Import ban')
    expect(kind('ev-2022-07-21-zero-russian-crude-june')).toBe('Context')
    expect(kind('ev-2022-07-01-sakhalin2-decree')).toBe('Asset seizure (Russia)')
  })

  it('summarizes the events shown', () => {
    const oilCoal = events.filter((e) => e.subject === 'coal' || e.subject === 'crude_oil')
    expect(summarizeEvents(oilCoal, 4, 'events')).toMatch(/^All 4 events shown, from 8 Apr 2022/)
    expect(summarizeEvents(oilCoal.slice(0, 1), 4, 'events')).toMatch(/^1 of 4 events shown: 8 Apr 2022/)
    expect(summarizeEvents([], 4, 'events')).toBe('None of the 4 events match the current filters.')
  })
})

describe('time line geometry', () => {
  it('places dates along the period, clamped to its edges', () => {
    expect(timePosition('2022-01-01', '2022-01-01', '2022-01-11')).toBe(0)
    expect(timePosition('2022-01-06', '2022-01-01', '2022-01-11')).toBe(50)
    expect(timePosition('2023-01-01', '2022-01-01', '2022-01-11')).toBe(100)
    expect(timePosition('2022-01-01', '2022-01-01', '2022-01-01')).toBe(0)
  })

  it('lists the first days of months within the period, labelled with the year at the start', () => {
    const months = monthStarts('2022-02-23', '2022-05-01')
    expect(months).toEqual(['2022-03-01', '2022-04-01', '2022-05-01'])
    expect(months.map(monthLabel)).toEqual(['Mar 2022', 'Apr', 'May'])
    expect(dayMonth('2022-05-09')).toBe('9 May')
  })

  it('moves markers too close to the one before onto another row', () => {
    expect(stackMarkers([0, 10, 30, 35, 80], 20)).toEqual([0, 1, 0, 1, 0])
  })
})
