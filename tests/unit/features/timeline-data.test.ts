import { describe, expect, it } from 'vitest'

import { loadCatalogue } from '@/lib/i18n/catalogues'
import { getI18n } from '@/lib/i18n/i18n'

import { NO_FILTER } from '@/data/shape/filter'
import { groupAnnotations, monthTicks } from '@/features/timeline/tally-chart'
import {
  JAPAN_SERIES,
  RETALIATION_SERIES,
  availableSeries,
  seriesById,
  labelledTranches,
  summarizeTally,
  toAnnotations,
  toTallyPoints,
  toTime,
} from '@/features/timeline/timeline-data'

import { loadDataset2022 } from '../../fixtures/bundled-dataset'

const dataset = loadDataset2022()
const individuals = seriesById('individuals')

describe('toTallyPoints on the bundled dataset', () => {
  const points = toTallyPoints(dataset.measures, individuals, NO_FILTER)

  it.each([
    ['2022-03-15', 17, 61],
    ['2022-03-18', 15, 76],
    ['2022-03-25', 25, 101],
    ['2022-04-12', 398, 499],
    ['2022-05-10', 141, 640],
  ])('on %s adds %i for a total of %i', (date, added, total) => {
    expect(points.find((p) => p.date === date)).toMatchObject({ added, total })
  })

  it('marks the October total that the tranches do not reach, and no other', () => {
    expect(points.filter((p) => p.mismatch).map((p) => [p.date, p.total, p.reportedTotal])).toEqual([
      ['2022-10-07', 721, 903],
    ])
  })

  it('keeps true running totals when the range starts later', () => {
    const later = toTallyPoints(dataset.measures, individuals, { ...NO_FILTER, from: '2022-04-01' })
    expect(later.map((p) => [p.date, p.added, p.total])).toEqual([
      ['2022-04-12', 398, 499],
      ['2022-05-10', 141, 640],
      ['2022-10-07', 81, 721],
    ])
  })

  it('shows Russia’s entry bans as their own tally', () => {
    const ru = toTallyPoints(dataset.measures, RETALIATION_SERIES, NO_FILTER)
    expect(ru.map((p) => [p.date, p.added, p.total])).toEqual([
      ['2022-05-04', 63, 63],
      ['2022-07-15', 384, 447],
    ])
  })
})

describe('availableSeries', () => {
  it.each([
    // The 2022 snapshot has no third-country export ban: that tally is not offered.
    [null, JAPAN_SERIES.map((s) => s.id).filter((id) => id !== 'export-third')],
    [['export_ban'], ['export-entities', 'export-goods']],
    [['import_ban'], ['import-goods']],
    [['entry_ban'], []],
  ] as const)('with types %j offers %j', (types, ids) => {
    const filter = { ...NO_FILTER, types: types === null ? null : [...types] }
    expect(availableSeries(dataset.measures, filter).map((s) => s.id)).toEqual(ids)
  })
})

describe('summarizeTally', () => {
  const en = getI18n('en')

  it('says what the chart shows in one sentence', () => {
    const points = toTallyPoints(dataset.measures, individuals, { ...NO_FILTER, to: '2022-05-31' })
    expect(summarizeTally(en, points, individuals)).toBe(
      '8 tranches from 27 Feb 2022 to 10 May 2022 added 640 individuals, bringing the total to 640; the largest, on 12 Apr 2022, added 398, taking the total to 499.',
    )
  })

  it('says it in Japanese, with era years when asked', async () => {
    await loadCatalogue('ja')
    const points = toTallyPoints(dataset.measures, individuals, { ...NO_FILTER, to: '2022-05-31' })
    expect(summarizeTally(getI18n('ja'), points, individuals)).toBe(
      '2022年2月27日から2022年5月10日までの8回で640人が追加され、累計は640になりました。最大は2022年4月12日の398で、これにより累計は499になりました。',
    )
    expect(summarizeTally(getI18n('ja', true), points.slice(0, 1), individuals)).toMatch(
      /^令和4年2月27日の1回で/,
    )
  })

  it('counts mismatches in the sentence', () => {
    const points = toTallyPoints(dataset.measures, individuals, NO_FILTER)
    const mismatches = points.filter((p) => p.mismatch).length
    expect(mismatches).toBeGreaterThan(0)
    expect(summarizeTally(en, points, individuals)).toMatch(
      new RegExp(`${mismatches} reported totals? differs? from the sum of the tranches\\.$`),
    )
  })

  it('says so when nothing falls in the range', () => {
    expect(summarizeTally(en, [], individuals)).toBe(
      'No tranches of individuals fall within the selected dates.',
    )
  })
})

describe('toAnnotations', () => {
  it('numbers the major decisions of the selected types in date order', () => {
    const all = toAnnotations(dataset.measures, NO_FILTER)
    expect(all.map((a) => a.number)).toEqual(all.map((_, i) => i + 1))
    expect(all.some((a) => a.date === '2022-05-10' && /14/.test(a.title))).toBe(true)
    const coal = toAnnotations(dataset.measures, { ...NO_FILTER, types: ['import_ban'] })
    expect(coal.map((a) => a.date)).toEqual(['2022-04-08', '2022-04-08', '2022-05-09'])
  })
})

describe('chart helpers', () => {
  it('puts a tick on the first of each month inside the domain', () => {
    const ticks = monthTicks([toTime('2022-02-23'), toTime('2022-05-05')])
    expect(ticks.map((t) => new Date(t).toISOString().slice(0, 10))).toEqual([
      '2022-03-01',
      '2022-04-01',
      '2022-05-01',
    ])
  })

  it('merges annotations too close to tell apart', () => {
    const domain: [number, number] = [toTime('2022-01-01'), toTime('2022-12-31')]
    const a = (n: number, d: string) => ({
      number: n,
      measureId: `m${n}`,
      date: d,
      time: toTime(d),
      title: '',
    })
    expect(groupAnnotations([a(1, '2022-04-08'), a(2, '2022-04-08'), a(3, '2022-06-01')], domain)).toEqual([
      { time: toTime('2022-04-08'), label: '1·2' },
      { time: toTime('2022-06-01'), label: '3' },
    ])
  })
})

describe('labelledTranches', () => {
  const points = toTallyPoints(dataset.measures, individuals, NO_FILTER)
  const domain: [number, number] = [toTime('2022-02-23'), toTime('2022-12-05')]

  it('labels the largest tranches, in date order, far enough apart not to crowd', () => {
    const labelled = labelledTranches(points, domain)
    expect(labelled.map((p) => [p.date, p.added, p.total])).toEqual([
      ['2022-04-12', 398, 499],
      ['2022-05-10', 141, 640],
      ['2022-10-07', 81, 721],
    ])
  })

  it('skips a large tranche too close to a larger one', () => {
    // 12 Apr and 10 May are 28 days apart: under a fifth of this axis, only the larger is labelled.
    const labelled = labelledTranches(points, domain, 3, 0.2)
    expect(labelled.map((p) => p.date)).toEqual(['2022-04-12', '2022-10-07'])
  })

  it('leaves small steps unlabelled', () => {
    // The next largest after these three adds 25, under 15% of 398.
    expect(labelledTranches(points, domain, 5)).toHaveLength(3)
  })

  it('labels nothing when there is nothing added', () => {
    expect(labelledTranches([], domain)).toEqual([])
  })
})
