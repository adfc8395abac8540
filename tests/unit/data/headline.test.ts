/** The headline figures come from the same tallies and running totals as the timeline, under the page's filter. */
import { describe, expect, it } from 'vitest'

import { NO_FILTER } from '@/data/shape/filter'
import { latestLngShare, toHeadline } from '@/data/shape/headline'
import { seriesById } from '@/data/shape/tally-series'
import { toTallyPoints } from '@/features/timeline/timeline-data'

import { loadBundledDataset, loadDataset2022 } from '../../fixtures/bundled-dataset'

const snapshot = loadDataset2022()
const bundled = loadBundledDataset()

const figures = (h: ReturnType<typeof toHeadline>) => h.tallies.map((t) => [t.series.id, t.total, t.asOf])

describe('toHeadline', () => {
  it('gives each tally’s running total at the dataset’s date, dated by its latest tranche', () => {
    const h = toHeadline(snapshot, NO_FILTER)
    expect(h.end).toBe(snapshot.meta.asOf)
    expect(h.endChosen).toBe(false)
    // The 2022 snapshot has no third-country export ban: that figure is not shown.
    expect(figures(h)).toEqual([
      ['individuals', 721, '2022-10-07'],
      ['entities', 46, '2022-10-07'],
      ['banks', 7, '2022-03-03'],
      ['export-entities', 222, '2022-09-26'],
      ['export-goods', 463, '2022-09-26'],
    ])
    expect(h.hidden).toBe(0)
  })

  it('agrees with the timeline’s last point for every tally, on the bundled dataset', () => {
    const h = toHeadline(bundled, NO_FILTER)
    expect(h.tallies.map((t) => t.series.id)).toContain('export-third')
    for (const t of h.tallies) {
      const points = toTallyPoints(bundled.measures, t.series, NO_FILTER)
      expect(t.total, t.series.id).toBe(points[points.length - 1]?.total)
      expect(t.asOf, t.series.id).toBe(points[points.length - 1]?.date)
      expect(t.tranches, t.series.id).toBe(points.length)
    }
  })

  it('counts to the end of the selected dates, whatever their start', () => {
    const h = toHeadline(snapshot, { types: null, from: '2022-04-01', to: '2022-04-30' })
    expect(h.end).toBe('2022-04-30')
    expect(h.endChosen).toBe(true)
    expect(figures(h)[0]).toEqual(['individuals', 499, '2022-04-12'])
  })

  it('does not count past the dataset’s date', () => {
    const h = toHeadline(snapshot, { ...NO_FILTER, to: '2030-01-01' })
    expect(h).toMatchObject({ end: snapshot.meta.asOf, endChosen: false })
  })

  it('says a tally has no tranche yet before its first', () => {
    const banks = toHeadline(snapshot, { ...NO_FILTER, to: '2022-02-01' }).tallies.find(
      (t) => t.series.id === 'banks',
    )
    expect(banks).toMatchObject({ total: 0, asOf: null, tranches: 0, confidence: null, sourceIds: [] })
  })

  it('leaves out the tallies of a filtered-out measure type, and counts them', () => {
    const h = toHeadline(snapshot, { ...NO_FILTER, types: ['export_ban'] })
    expect(h.tallies.map((t) => t.series.id)).toEqual(['export-entities', 'export-goods'])
    expect(h.hidden).toBe(3)
  })

  it('rests each total on the sources of its tranches, and on their lowest confidence', () => {
    const individuals = toHeadline(snapshot, NO_FILTER).tallies[0]
    // The tranches counted: a record of unreported size adds nothing, and lends the total nothing.
    const measures = snapshot.measures
      .filter(seriesById('individuals').match)
      .filter((m) => m.added !== null || m.removed > 0)
    expect(new Set(individuals?.sourceIds)).toEqual(new Set(measures.flatMap((m) => m.sourceIds)))
    const levels = new Set(measures.map((m) => m.confidence))
    expect(individuals?.confidence).toBe(levels.has('low') ? 'low' : levels.has('medium') ? 'medium' : 'high')
  })
})

describe('latestLngShare', () => {
  it('takes the latest year the dataset gives, not after the end’s year', () => {
    const deps = bundled.energy.dependencies
    const years = deps.filter((d) => d.commodity === 'lng').map((d) => d.year)
    expect(latestLngShare(deps, 9999)?.year).toBe(Math.max(...years))
    expect(latestLngShare(deps, 2023)?.year).toBe(2023)
    expect(latestLngShare(deps, 2020)).toBeNull()
  })
})
