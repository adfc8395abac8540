/**
 * The timeline's tallies counted from the official lists, name by name: designations per notice date,
 * with running totals that go down at delistings, and the press-reported running total beside each
 * point (as its reported total), so a difference shows where the two disagree. Pure.
 */
import type { Designation } from '@/data/official/designation'
import { listsIn } from '@/data/official/name-search'
import { RECONCILE_SCOPE, reconcile, type Reconciled } from '@/data/official/reconcile'
import { inDateRange, type MeasureFilter } from '@/data/shape/filter'
import type { Measure } from '@/data/validate/schema'

import { toTime, type TallyPoint } from './timeline-data'

/** The lists' count starts where the press records do: the first sanctions of 2022. */
export const LISTS_SINCE = '2022-02-23'

export interface ListPointWords {
  /** "Designations dated 12 Apr 2022 on the official lists". */
  title: (date: string) => string
  /** "Reported by the press that day: 398 (records …)", or that no press record gives a figure. */
  description: (reported: number | null, measureIds: readonly string[]) => string
}

export function listTallyPoints(
  designations: readonly Designation[],
  measures: readonly Measure[],
  series: Reconciled,
  range: Pick<MeasureFilter, 'from' | 'to'>,
  words: ListPointWords,
): TallyPoint[] {
  const { rows } = reconcile(designations, measures, series, LISTS_SINCE)
  const press = RECONCILE_SCOPE[series].press
  const pressChanges = measures
    .filter((m) => press(m) && m.announced >= LISTS_SINCE)
    .map((m) => ({ date: m.announced, change: (m.added ?? 0) - m.removed }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  let total = 0
  let pressTotal = 0
  let pressAt = 0
  const points: TallyPoint[] = []
  for (const row of rows) {
    const added = row.listed ?? 0
    total += added - row.delisted
    // The press's running total as of this day: every press record up to and including it.
    while (pressAt < pressChanges.length && (pressChanges[pressAt]?.date ?? '') <= row.date) {
      pressTotal += pressChanges[pressAt]?.change ?? 0
      pressAt += 1
    }
    if (added === 0 && row.delisted === 0) continue
    if (!inDateRange(row.date, range)) continue
    points.push({
      measureId: `lists:${series}:${row.date}`,
      date: row.date,
      time: toTime(row.date),
      added,
      removed: row.delisted,
      groups: { russia: 0, occupied: 0, belarus: 0, third: 0 },
      unsplit: added,
      total,
      reportedTotal: pressAt === 0 ? null : pressTotal,
      reportedQualifier: 'exact',
      // The press total is drawn beside the lists' as a line of its own, not ringed as a fault.
      mismatch: false,
      title: words.title(row.date),
      description: words.description(row.reported, row.measureIds),
      sourceIds: [],
      alternatives: [],
    })
  }
  return points
}

/** The lists the points count, each with its file and as-of date, for the figure's source line. */
export function listSources(designations: readonly Designation[], series: Reconciled) {
  const wanted = RECONCILE_SCOPE[series].lists
  const lists = listsIn(designations.filter((d) => wanted.includes(d.list)))
  const files = new Map<string, Designation['source']>()
  for (const d of designations) if (wanted.includes(d.list)) files.set(d.source.file, d.source)
  return { lists: lists.map((l) => l.list), files: [...files.values()] }
}
