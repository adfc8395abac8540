/**
 * The headline figures: the running totals of Japan's main tallies and Russia's latest share of Japan's LNG
 * imports, as of the end of the selected dates. Pure: the same tallies (tally-series.ts) and running totals
 * (cumulative.ts) as the timeline, so the strip and the chart can never disagree.
 */
import { toCumulativeSeries } from '@/data/shape/cumulative'
import type { MeasureFilter } from '@/data/shape/filter'
import { typeSelected } from '@/data/shape/filter'
import { shareTrend } from '@/data/shape/share-trend'
import { seriesById, type SeriesDefinition, type TimelineSeries } from '@/data/shape/tally-series'
import type { Confidence, Dependency, Measure } from '@/data/validate/schema'

/** The tallies the strip shows, in its order: asset freezes, then export bans on organisations, then goods. */
export const HEADLINE_SERIES: readonly TimelineSeries[] = [
  'individuals',
  'entities',
  'banks',
  'export-entities',
  'export-third',
  'export-goods',
]

export interface HeadlineTally {
  series: SeriesDefinition
  /** The running total after the last tranche on or before the end of the range. */
  total: number
  /** The date of that tranche: the total has stood since then. Null: no tranche yet by the end of the range. */
  asOf: string | null
  /** The first tranche counted. */
  since: string | null
  /** The records the total adds up. */
  tranches: number
  /** Every source of those records, each once, latest tranche first. */
  sourceIds: string[]
  /** The lowest confidence among those records: a sum is only as sure as its least sure part. */
  confidence: Confidence | null
  /** The largest tranche counted (the earliest of equals), and the total it made. */
  largest: { date: string; added: number; total: number } | null
}

export interface Headline {
  /** The totals count every tranche up to this date (the end of the selected dates, or the dataset's date). */
  end: string
  /** Whether `end` is the reader's choice (the "to" filter) rather than the dataset's own date. */
  endChosen: boolean
  tallies: HeadlineTally[]
  /** Tallies the dataset has but the measure-type filter hides. */
  hidden: number
  /** Russia's share of Japan's LNG imports in the latest year the dataset gives, up to the end's year. */
  lngShare: Dependency | null
}

const RANK: Record<Confidence, number> = { low: 0, medium: 1, high: 2 }

function lowest(a: Confidence | null, b: Confidence): Confidence {
  return a === null || RANK[b] < RANK[a] ? b : a
}

/** One tally's running total at the end date, with what it rests on. */
export function tallyAt(measures: readonly Measure[], def: SeriesDefinition, end: string): HeadlineTally {
  const byId = new Map(measures.map((m) => [m.id, m]))
  const points = toCumulativeSeries(measures, def.match).filter((p) => p.date <= end)
  const last = points[points.length - 1]
  let confidence: Confidence | null = null
  const sourceIds = new Set<string>()
  for (const p of [...points].reverse()) {
    const m = byId.get(p.measureId)
    if (m === undefined) continue
    confidence = lowest(confidence, m.confidence)
    for (const id of m.sourceIds) sourceIds.add(id)
  }
  const largest = points.reduce<(typeof points)[number] | null>(
    (a, b) => (a === null || b.added > a.added ? b : a),
    null,
  )
  return {
    series: def,
    total: last?.total ?? 0,
    largest:
      largest === null || largest.added <= 0
        ? null
        : { date: largest.date, added: largest.added, total: largest.total },
    asOf: last?.date ?? null,
    since: points[0]?.date ?? null,
    tranches: points.length,
    sourceIds: [...sourceIds],
    confidence,
  }
}

/** Russia's share of Japan's LNG imports in the latest year given, not after `year`. */
export function latestLngShare(dependencies: readonly Dependency[], year: number): Dependency | null {
  const lng = shareTrend(dependencies).series.find((s) => s.commodity === 'lng')
  const points = lng?.points.filter((p) => p.year <= year) ?? []
  return points[points.length - 1] ?? null
}

/**
 * The strip's figures under the page's filter: totals as of the end of the range (a later start changes
 * nothing: a running total counts every earlier tranche, as the timeline does); a tally whose measure type
 * is filtered out is left out and counted in `hidden`; a tally the dataset has no record of is not shown.
 */
export function toHeadline(
  dataset: {
    measures: readonly Measure[]
    energy: { dependencies: readonly Dependency[] }
    meta: { asOf: string }
  },
  filter: MeasureFilter,
): Headline {
  // A range ending after the dataset's date ends, for the totals, at that date: nothing later is known.
  const endChosen = filter.to !== null && filter.to < dataset.meta.asOf
  const end = endChosen && filter.to !== null ? filter.to : dataset.meta.asOf
  const present = HEADLINE_SERIES.map(seriesById).filter((def) => dataset.measures.some(def.match))
  const shown = present.filter((def) => typeSelected(def.type, filter))
  return {
    end,
    endChosen,
    tallies: shown.map((def) => tallyAt(dataset.measures, def, end)),
    hidden: present.length - shown.length,
    lngShare: latestLngShare(dataset.energy.dependencies, Number(end.slice(0, 4))),
  }
}
