/** Pure shaping for the timeline: which tallies exist, their points, annotations and summaries. */
import type { Measure, MeasureAlternative, Qualifier } from '@/data/validate/schema'
import { agrees, checkReportedTotals } from '@/data/shape/consistency'
import { countByGroup, COUNTRY_GROUPS, type CountryGroup } from '@/data/shape/country-groups'
import { toCumulativeSeries } from '@/data/shape/cumulative'
import { inDateRange, typeSelected, type MeasureFilter } from '@/data/shape/filter'
import type { SeriesDefinition } from '@/data/shape/tally-series'
import { said, type Said } from '@/lib/i18n/said'
import type { I18n } from '@/lib/i18n/i18n'

// The tallies themselves are defined in data/shape, where the headline figures count them too.
export {
  availableSeries,
  breakdownOf,
  JAPAN_SERIES,
  RETALIATION_SERIES,
  seriesById,
  type SeriesDefinition,
  type SeriesWords,
} from '@/data/shape/tally-series'

/** The groups a set of points adds to, in their order, with what no group holds; groups with nothing left out. */
export function groupTotals(
  points: readonly TallyPoint[],
): Array<{ group: CountryGroup | 'unsplit'; added: number }> {
  const totals = COUNTRY_GROUPS.map((group) => ({
    group: group as CountryGroup | 'unsplit',
    added: points.reduce((n, p) => n + p.groups[group], 0),
  }))
  totals.push({ group: 'unsplit', added: points.reduce((n, p) => n + p.unsplit, 0) })
  return totals.filter((g) => g.added > 0)
}

export interface TallyPoint {
  measureId: string
  date: string
  /** The date as UTC milliseconds, for a time axis. */
  time: number
  added: number
  /** Designations removed (delistings). */
  removed: number
  /** `added` by target country group (its byCountry split, or its target country). */
  groups: Record<CountryGroup, number>
  /** What no group holds: a mixed tranche whose split was not reported. */
  unsplit: number
  total: number
  reportedTotal: number | null
  reportedQualifier: Qualifier
  /** The reported total disagrees with the running sum of the dataset's tranches. */
  mismatch: boolean
  title: string
  description: string
  sourceIds: string[]
  alternatives: MeasureAlternative[]
}

export const toTime = (iso: string): number => Date.parse(`${iso}T00:00:00Z`)

/**
 * Points of a tally within the date range. The running total counts every earlier tranche, including
 * those before the range starts, so a narrowed range still shows true cumulative figures.
 */
export function toTallyPoints(
  measures: readonly Measure[],
  def: SeriesDefinition<string>,
  range: Pick<MeasureFilter, 'from' | 'to'>,
): TallyPoint[] {
  const byId = new Map(measures.map((m) => [m.id, m]))
  const ownSeries =
    def.spansSeries === true ? new Map(checkReportedTotals(measures).map((c) => [c.measureId, c.ok])) : null
  return toCumulativeSeries(measures, def.match)
    .filter((p) => inDateRange(p.date, range))
    .flatMap((p) => {
      const m = byId.get(p.measureId)
      if (m === undefined) return []
      return [
        {
          measureId: p.measureId,
          date: p.date,
          time: toTime(p.date),
          added: p.added,
          removed: p.removed,
          ...countByGroup(m),
          total: p.total,
          reportedTotal: p.reportedTotal,
          reportedQualifier: m.reportedTotalQualifier,
          mismatch:
            p.reportedTotal !== null &&
            (ownSeries === null
              ? !agrees(p.total, p.reportedTotal, m.reportedTotalQualifier)
              : ownSeries.get(p.measureId) === false),
          title: m.title,
          description: m.description,
          sourceIds: m.sourceIds,
          alternatives: m.alternatives,
        },
      ]
    })
}

export interface Annotation {
  number: number
  measureId: string
  date: string
  time: number
  title: string
}

/** Major decisions (headline measures) of a selected type within the range, numbered in date order. */
export function toAnnotations(measures: readonly Measure[], f: MeasureFilter): Annotation[] {
  return measures
    .filter((m) => m.headline && typeSelected(m.type, f) && inDateRange(m.announced, f))
    .sort((a, b) => (a.announced < b.announced ? -1 : a.announced > b.announced ? 1 : 0))
    .map((m, i) => ({
      number: i + 1,
      measureId: m.id,
      date: m.announced,
      time: toTime(m.announced),
      title: m.title,
    }))
}

/** A count of what a tally counts, to be said in a sentence: "398 individuals", "398人". */
export function countOf(def: SeriesDefinition<string>, count: number): Said {
  return said(def.words.count, { count })
}

/**
 * The tranches to label on the chart itself ("+398 → 499"): the largest first, up to `max`, each at least
 * `minGap` of the time axis from every other label so none crowd, and at least `minShare` of the largest
 * (a label on a small step says little); a tranche that added nothing is never one.
 */
export function labelledTranches(
  points: readonly TallyPoint[],
  [start, end]: [number, number],
  max = 3,
  minGap = 0.08,
  minShare = 0.15,
): TallyPoint[] {
  const gap = (end - start) * minGap
  const chosen: TallyPoint[] = []
  const bySize = [...points].sort((a, b) => b.added - a.added || a.time - b.time)
  const floor = Math.max(1, (bySize[0]?.added ?? 0) * minShare)
  for (const p of bySize) {
    if (chosen.length >= max || p.added < floor) break
    if (chosen.every((c) => Math.abs(c.time - p.time) >= gap)) chosen.push(p)
  }
  return chosen.sort((a, b) => a.time - b.time)
}

/** One or two sentences that say what the chart shows, for screen readers and as the chart's caption. */
export function summarizeTally(
  { t, fmt }: Pick<I18n, 't' | 'fmt'>,
  points: readonly TallyPoint[],
  def: SeriesDefinition<string>,
): string {
  const first = points[0]
  const last = points[points.length - 1]
  if (first === undefined || last === undefined) {
    return t('timeline.noTranches', { series: t(def.words.axis) })
  }
  const largest = points.reduce((a, b) => (b.added > a.added ? b : a))
  const added = countOf(
    def,
    points.reduce((n, p) => n + p.added, 0),
  )
  const span =
    points.length === 1
      ? t('timeline.summaryOne', { date: fmt.date(first.date), added, total: fmt.number(last.total) })
      : t('timeline.summaryMany', {
          count: points.length,
          from: fmt.date(first.date),
          to: fmt.date(last.date),
          added,
          total: fmt.number(last.total),
          largestDate: fmt.date(largest.date),
          largest: fmt.number(largest.added),
          largestTotal: fmt.number(largest.total),
        })
  const removed = points.reduce((n, p) => n + p.removed, 0)
  const withRemoved = removed === 0 ? span : `${span} ${t('timeline.summaryRemoved', { count: removed })}`
  const mismatches = points.filter((p) => p.mismatch).length
  return mismatches === 0
    ? withRemoved
    : `${withRemoved} ${t('timeline.summaryMismatch', { count: mismatches })}`
}
