import { beforeAll, describe, expect, it } from 'vitest'

import { exportFileName } from '@/components/export/export-spec'
import type { EnergyEvent } from '@/data/validate/schema'
import { figureById, publishedLngTonnes } from '@/data/shape/energy-figures'
import { toSupplierRows } from '@/data/shape/lng'
import { toLngBars } from '@/features/energy/lng/lng-chart-data'
import {
  lngExportFilters,
  lngExportNotes,
  lngExportPeriod,
  lngFileStem,
  lngLegend,
} from '@/features/energy/lng/lng-export'
import { LNG_COLOURS } from '@/features/energy/lng/lng-supplier-chart'
import { phaseOutNotes } from '@/features/energy/phase-out/phase-out-export-spec'
import { layoutPhaseOut } from '@/features/energy/phase-out/phase-out-svg-layout'
import { loadCatalogue } from '@/lib/i18n/catalogues'
import { getI18n } from '@/lib/i18n/i18n'

import { loadDataset2022 } from '../../fixtures/bundled-dataset'

const en = getI18n('en')
const RUSSIA = { name: 'Russia', label: 'Russia' }
const NARNIA = { name: 'Narnia', label: 'Narnia' }
const dataset = loadDataset2022()
const { figures, lngSuppliers } = dataset.energy
const total = figureById(figures, 'lng-japan-imports-2021')?.figure ?? null
const rows = toSupplierRows(lngSuppliers, total, (c) => publishedLngTonnes(figures, c, 2021))

describe('LNG export texts', () => {
  it("states the measure, the year and Russia's value and rank, which the HTML callout holds on the page", () => {
    expect(lngExportFilters(en, rows, total, 'share', RUSSIA, 2021)).toBe(
      'Share of imports, % · 2021 · Russia highlighted: 8.8%, ranked 5th of 10 named suppliers',
    )
    expect(lngExportFilters(en, rows, total, 'tonnes', RUSSIA, 2021)).toBe(
      'Tonnes, Mt (derived from shares × 74.32 Mt, Russia published) · 2021 · Russia highlighted: 6.56 Mt published, ranked 5th of 10 named suppliers',
    )
    expect(lngExportFilters(en, rows, total, 'share', NARNIA, null)).toBe(
      'Share of imports, % · Narnia: not among the suppliers in this dataset',
    )
  })

  it('names the file by unit and the period by the data year, or the coverage without one', () => {
    expect(lngFileStem('share')).toBe('japan-lng-imports-by-supplier')
    expect(lngFileStem('tonnes')).toBe('japan-lng-imports-by-supplier-tonnes')
    expect(lngExportPeriod(2021, dataset.meta)).toEqual({ from: '2021-01-01', to: '2021-12-31' })
    expect(lngExportPeriod(null, dataset.meta)).toEqual({ from: '2022-02-23', to: '2022-12-05' })
  })

  it('explains derived tonnes and the unranked remainder in the notes', () => {
    expect(lngExportNotes(en, rows, total, 'tonnes', 2021)[0]).toMatch(
      /^Million tonnes\. Derived: each share × 74\.32 Mt.*except Russia: published 6\.56 Mt/,
    )
    expect(lngExportNotes(en, rows, total, 'share', 2021)).toEqual([
      "Each bar is a supplier's share of Japan's LNG imports in 2021; the shares sum to 100%.",
      '"Other" is the remainder of the imports, not a single supplier, so it has no rank.',
    ])
  })

  it("has a legend entry for each bar colour drawn, in the chart's own colours", () => {
    expect(lngLegend(en.t, toLngBars(en, rows, 'share', RUSSIA), RUSSIA)).toEqual([
      { label: 'Russia', kind: 'bar', colour: LNG_COLOURS.highlight },
      { label: 'Other named suppliers', kind: 'bar', colour: LNG_COLOURS.supplier },
      { label: '"Other": the unranked remainder', kind: 'bar', colour: LNG_COLOURS.remainder },
    ])
    const named = rows.filter((r) => r.rank !== null)
    expect(lngLegend(en.t, toLngBars(en, named, 'share', NARNIA), NARNIA).map((i) => i.label)).toEqual([
      'Other named suppliers',
    ])
  })
})

const event = (id: string, date: string, subject: EnergyEvent['subject'] = 'crude_oil'): EnergyEvent => ({
  id,
  date,
  subject,
  title: `Event ${id} with a title long enough to wrap onto more than one line of a label`,
  description: '',
  measureId: null,
  sourceIds: [],
  confidence: 'high',
})

describe('phase-out export layout', () => {
  const layout = (events: EnergyEvent[], from = '2022-02-23', to = '2022-12-05') =>
    layoutPhaseOut(en, dataset, events, from, to, 700)

  it('numbers markers by their place in the filtered list and puts each on its lane', () => {
    const { lanes } = layout([
      event('a', '2022-04-08', 'coal'),
      event('b', '2022-05-09'),
      event('c', '2022-07-21'),
    ])
    expect(lanes.map((l) => [l.subject, l.markers.map((m) => m.n)])).toEqual([
      ['crude_oil', [2, 3]],
      ['coal', [1]],
    ])
  })

  it('moves a label that would overlap the one before it down a row, and keeps edge labels inside', () => {
    const [crude] = layout([
      event('a', '2022-02-24'),
      event('b', '2022-03-01'),
      event('c', '2022-06-15'),
      event('d', '2022-12-05'),
    ]).lanes
    expect(crude?.markers.map((m) => [m.row, m.anchor])).toEqual([
      [0, 'start'],
      [1, 'start'],
      [0, 'middle'],
      [0, 'end'],
    ])
    for (const m of crude?.markers ?? []) expect(m.title.length).toBeLessThanOrEqual(3)
  })

  it('labels month ticks without letting them run into each other or off the image', () => {
    const { ticks, width } = layout([], '2021-01-01', '2023-12-31')
    const shown = ticks.filter((t) => t.label !== null)
    expect(ticks).toHaveLength(36)
    expect(shown.length).toBeLessThan(36)
    expect(shown[0]?.label).toBe('Jan 2021')
    for (const t of shown) expect(t.x).toBeLessThan(width)
    const gaps = shown.slice(1).map((t, i) => t.x - (shown[i]?.x ?? 0))
    expect(Math.min(...gaps)).toBeGreaterThan(30)
  })

  it('lists the numbered events in the notes, and what the filters hide', () => {
    const events = [event('a', '2022-07-21')]
    expect(phaseOutNotes(en, events, 4, { types: ['import_ban'], from: null, to: null })).toEqual([
      `1: 21 Jul 2022, ${events[0]?.title}`,
      '3 oil or coal events hidden by the current filters.',
      'Events that belong to no sanction measure (e.g. trade statistics) are shown under any measure type.',
    ])
    expect(phaseOutNotes(en, [], 4, { types: null, from: null, to: null })).toEqual([
      'No oil or coal events match the current filters.',
      '4 oil or coal events hidden by the current filters.',
    ])
  })
})

describe('export texts in Japanese', () => {
  beforeAll(async () => {
    await loadCatalogue('ja')
  })
  const RUSSIA_JA = { name: 'Russia', label: 'ロシア' }

  it('words the LNG subtitle, notes, legend and file name in Japanese', () => {
    const ja = getI18n('ja')
    expect(lngExportFilters(ja, rows, total, 'share', RUSSIA_JA, 2021)).toBe(
      '輸入に占めるシェア（%）／2021年／ロシア（強調表示）：8.8%、供給国10か国中5位',
    )
    expect(lngExportFilters(ja, rows, total, 'tonnes', RUSSIA_JA, 2021)).toMatch(
      /^数量（万トン、シェア×7,432万トンによる推計。Russiaは公表値）／2021年／ロシア（強調表示）：656万トン（公表値）、/,
    )
    expect(lngExportNotes(ja, rows, total, 'share', 2021)[0]).toBe(
      '各棒は2021年の日本のLNG輸入に占める各供給国のシェアで、合計は100%です。',
    )
    expect(lngLegend(ja.t, toLngBars(ja, rows, 'share', RUSSIA_JA), RUSSIA_JA).map((i) => i.label)).toEqual([
      'ロシア',
      '他の供給国',
      '「その他」：順位のない残りの部分',
    ])
    expect(
      exportFileName(
        { fileStem: lngFileStem('share'), period: lngExportPeriod(2021, dataset.meta) },
        'png',
        'ja',
      ),
    ).toBe('japan-lng-imports-by-supplier-2021-01-01_2021-12-31-ja.png')
  })

  it('lays out the oil and coal image with Japanese headings, lanes and dates', () => {
    const ja = getI18n('ja')
    const layout = layoutPhaseOut(ja, dataset, [event('a', '2022-07-21')], '2022-02-23', '2022-12-05', 700)
    expect(layout.headings[0].join('')).toBe('日本の輸入に占めるロシアの割合（2021年）')
    expect(layout.lanes.map((l) => l.label)).toEqual(['原油', '石炭'])
    expect(layout.lanes[0]?.markers[0]?.date).toBe('7月21日')
    expect(layout.ticks[0]?.label).toBe('2022年3月')
    expect(phaseOutNotes(ja, [event('a', '2022-07-21')], 4, { types: null, from: null, to: null })).toEqual([
      `1：2022年7月21日、${event('a', '2022-07-21').title}`,
      '原油・石炭をめぐる3件の動きが現在の絞り込み条件により非表示です。',
    ])
  })
})
