import { beforeAll, describe, expect, it } from 'vitest'

import { localizeRecord } from '@/data/localize'

import { figureSchema } from '@/data/validate/schema'
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
  targetCountry,
} from '@/features/energy/energy-data'
import { describeTonnes, toLngBars } from '@/features/energy/lng/lng-chart-data'
import {
  dayMonth,
  monthLabel,
  monthStarts,
  stackMarkers,
  timePosition,
} from '@/features/energy/phase-out/phase-out-data'

import { loadCatalogue } from '@/lib/i18n/catalogues'
import { getI18n } from '@/lib/i18n/i18n'

import { loadDataset2022 } from '../../fixtures/bundled-dataset'
import { makeFigure } from '../../fixtures/make-dataset'

const en = getI18n('en')
const RUSSIA = { name: 'Russia', label: 'Russia' }
const dataset = loadDataset2022()
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
  ])('ordinal(%i) is %s', (n, text) => expect(ordinal(en, n)).toBe(text))

  it.each([
    [{ value: 60, unit: '%', qualifier: 'about' }, 'about 60%'],
    [{ value: 9.6, unit: 'Mt/yr', qualifier: 'exact' }, '9.6 Mt/yr'],
    [{ value: 372.2, unit: 'JPY bn', qualifier: 'exact' }, '¥372.2 bn'],
    [{ value: 5, unit: 'rank', qualifier: 'exact' }, '5th'],
    [{ value: 2500000, unit: 'b/d', qualifier: 'exact' }, '2,500,000 b/d'],
  ] as const)('formatFigure(%o) is %s', (f, text) => expect(formatFigure(en, f)).toBe(text))

  it('spans the other reported values: Sakhalin-2 capacity 10–11.5 Mt/yr, crude "about 4%"', () => {
    expect(alternativeSpan(en, figureById(figures, 'sakhalin2-capacity')!.figure)).toBe('10–11.5 Mt/yr')
    expect(alternativeSpan(en, dependencyOf(dependencies, 'crude_oil')!.share)).toBe('about 4%')
    expect(alternativeSpan(en, localizeRecord(figureSchema.parse(makeFigure()), 'en'))).toBeNull()
  })

  it("names the dataset's target country", () => {
    expect(countryName(dataset.meta.targetCountry)).toBe('Russia')
    expect(targetCountry(dataset.meta.targetCountry, 'ja')).toEqual({ name: 'Russia', label: 'ロシア' })
  })
})

describe('figure wording in Japanese', () => {
  // The Japanese catalogue loads on demand, as in the app.
  const ja = () => getI18n('ja')
  beforeAll(async () => {
    await loadCatalogue('ja')
  })

  it('ranks with 位 and counts tonnes in 万トン and yen in 億円, as Japanese official statistics do', () => {
    expect(ordinal(ja(), 5)).toBe('5位')
    expect(formatFigure(ja(), { value: 60, unit: '%', qualifier: 'about' })).toBe('約60%')
    expect(formatFigure(ja(), { value: 6.56, unit: 'Mt', qualifier: 'exact' })).toBe('656万トン')
    expect(formatFigure(ja(), { value: 9.6, unit: 'Mt/yr', qualifier: 'exact' })).toBe('960万トン/年')
    expect(formatFigure(ja(), { value: 372.2, unit: 'JPY bn', qualifier: 'more_than' })).toBe('3,722億円超')
    expect(alternativeSpan(ja(), figureById(figures, 'sakhalin2-capacity')!.figure)).toBe(
      '1,000～1,150万トン/年',
    )
  })

  it('summarizes the LNG suppliers and the oil and coal dependencies in Japanese', () => {
    expect(summarizeLng(ja(), rows, total, { name: 'Russia', label: 'ロシア' }, 2021)).toBe(
      '2021年の日本のLNG輸入量7,432万トンのうち35.8%をオーストラリアが供給しました。ロシアは8.8%で5位でした。',
    )
    const deps = [dependencyOf(dependencies, 'crude_oil'), dependencyOf(dependencies, 'coal')]
    expect(summarizeDependencies(ja(), deps)).toMatch(/^2021年：.+：3.6%／.+：11%。$/)
    const oilCoal = events.filter((e) => e.subject === 'coal' || e.subject === 'crude_oil')
    expect(summarizeEvents(ja(), oilCoal.slice(0, 1), 4)).toMatch(
      /^原油・石炭をめぐる4件の動きのうち1件を表示：2022年4月8日、/,
    )
    expect(
      eventKind(
        ja().t,
        events.find((e) => e.id === 'ev-2022-07-21-zero-russian-crude-june')!,
        [],
      ),
    ).toBe('参考情報')
  })

  it('labels month ticks and marker dates in Japanese', () => {
    const months = monthStarts('2022-12-01', '2023-02-01')
    expect(months.map((m, i) => monthLabel(ja().fmt, m, i))).toEqual(['2022年12月', '2023年1月', '2月'])
    expect(dayMonth(ja().fmt, '2022-05-09')).toBe('5月9日')
  })
})

describe('LNG summaries', () => {
  it("states the largest supplier, the total, and Russia's rank and share", () => {
    expect(summarizeLng(en, rows, total, RUSSIA, 2021)).toBe(
      "Australia supplied 35.8% of Japan's 74.32 Mt of LNG in 2021; Russia ranked 5th at 8.8%.",
    )
  })

  it('says so when the total, the target or every supplier is missing', () => {
    expect(summarizeLng(en, rows, null, RUSSIA, null)).toBe(
      "Australia supplied 35.8% of Japan's LNG imports; Russia ranked 5th at 8.8%.",
    )
    expect(summarizeLng(en, rows, total, { name: 'Atlantis', label: 'Atlantis' }, 2021)).toMatch(
      /Atlantis is not among the suppliers/,
    )
    expect(summarizeLng(en, [], null, RUSSIA, null)).toBe('No LNG suppliers are in this dataset.')
  })

  it('draws one bar per supplier, Russia highlighted with "5th", tonnes labelled by basis', () => {
    const share = toLngBars(en, rows, 'share', RUSSIA)
    expect(share).toHaveLength(11)
    expect(share.filter((b) => b.highlight).map((b) => [b.country, b.valueLabel, b.rankLabel])).toEqual([
      ['Russia', '8.8%', '5th'],
    ])
    const tonnes = toLngBars(en, rows, 'tonnes', RUSSIA)
    expect(tonnes.find((b) => b.country === 'Australia')?.valueLabel).toBe('26.61 Mt derived')
    expect(tonnes.find((b) => b.country === 'Russia')?.valueLabel).toBe('6.56 Mt published')
    expect(toLngBars(en, toSupplierRows(lngSuppliers, null), 'tonnes', RUSSIA)).toEqual([])
  })

  it('names the published tonnage shown instead of the derived one', () => {
    expect(describeTonnes(en, rows, total)).toBe(
      'Million tonnes. Derived: each share × 74.32 Mt (our arithmetic, low confidence), except Russia: published 6.56 Mt shown (derived: 6.54 Mt).',
    )
    expect(describeTonnes(en, rows, null)).toMatch(/not in this dataset/)
  })
})

describe('oil and coal', () => {
  it('summarizes the dependencies once per shared wording', () => {
    const deps = [dependencyOf(dependencies, 'crude_oil'), dependencyOf(dependencies, 'coal'), null]
    expect(summarizeDependencies(en, deps)).toBe(
      "In 2021, Russia's share of Japan's crude oil imports: 3.6%; total coal imports: 11%.",
    )
    expect(summarizeDependencies(en, [null])).toMatch(/No oil or coal/)
    expect(commonWordPrefix(['a b c', 'a b d'])).toBe('a b ')
    expect(commonWordPrefix(['a b', 'a b'])).toBe('a ')
  })

  it('names each event by its measure type, or as context', () => {
    const kind = (id: string) =>
      eventKind(
        en.t,
        events.find((e) => e.id === id)!,
        dataset.measures,
      )
    expect(kind('ev-2022-04-08-coal-ban')).toBe('Import ban')
    expect(kind('ev-2022-07-21-zero-russian-crude-june')).toBe('Context')
    expect(kind('ev-2022-07-01-sakhalin2-decree')).toBe('Asset seizure (Russia)')
  })

  it('summarizes the events shown', () => {
    const oilCoal = events.filter((e) => e.subject === 'coal' || e.subject === 'crude_oil')
    expect(summarizeEvents(en, oilCoal, 4)).toMatch(/^All 4 oil and coal events shown, from 8 Apr 2022/)
    expect(summarizeEvents(en, oilCoal.slice(0, 1), 4)).toMatch(
      /^1 of 4 oil and coal events shown: 8 Apr 2022/,
    )
    expect(summarizeEvents(en, [], 4)).toBe('None of the 4 oil and coal events match the current filters.')
    expect(summarizeEvents(en, oilCoal.slice(0, 1), 1)).toMatch(/^The only oil or coal event shown: 8 Apr/)
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
    expect(months.map((m, i) => monthLabel(en.fmt, m, i))).toEqual(['Mar 2022', 'Apr', 'May'])
    expect(dayMonth(en.fmt, '2022-05-09')).toBe('9 May')
  })

  it('moves markers too close to the one before onto another row', () => {
    expect(stackMarkers([0, 10, 30, 35, 80], 20)).toEqual([0, 1, 0, 1, 0])
  })
})
