/**
 * Counts from the official lists beside the figures the press reported, date by date: how many
 * designations each notice date added to a list, what the dataset's press-based records say was added
 * that day, and the difference. Nothing is corrected: both are shown. Pure.
 */
import { isRussiaRelated, isThirdCountry } from '@/data/shape/country-groups'
import type { Designation, ListId } from '@/data/official/designation'
import type { MeasureFacts } from '@/data/validate/schema'

import { RECONCILED, type Reconciled } from '@/data/official/list-ids'

export { RECONCILED, type Reconciled }

const japan = (type: MeasureFacts['type'], target: MeasureFacts['target']) => (m: MeasureFacts) =>
  m.direction === 'JP→RU' && m.type === type && m.target === target

/** Which lists count what, and which press records report it (as the timeline's tallies count them). */
export const RECONCILE_SCOPE: Record<
  Reconciled,
  { lists: readonly ListId[]; press: (m: MeasureFacts) => boolean }
> = {
  individuals: {
    lists: ['mof-russia-individuals', 'mof-crimea-individuals'],
    press: (m) => japan('asset_freeze', 'individual')(m) && isRussiaRelated(m.targetCountry),
  },
  entities: {
    lists: ['mof-russia-organisations', 'mof-crimea-organisations'],
    press: (m) => japan('asset_freeze', 'entity')(m) && isRussiaRelated(m.targetCountry),
  },
  banks: {
    lists: ['mof-russia-banks'],
    press: (m) => japan('asset_freeze', 'bank')(m) && isRussiaRelated(m.targetCountry),
  },
  'export-entities': {
    lists: ['meti-russia'],
    press: (m) => japan('export_ban', 'entity')(m) && isRussiaRelated(m.targetCountry),
  },
  'export-third': {
    lists: ['meti-third-countries'],
    press: (m) => japan('export_ban', 'entity')(m) && isThirdCountry(m),
  },
}

export interface ReconcileRow {
  date: string
  /** Designations the lists date to this day; null when none. */
  listed: number | null
  /** Rows the lists mark removed on this day. */
  delisted: number
  /** What the press-based records say was added this day; null when no record does (or none gives a number). */
  reported: number | null
  /** The records behind `reported`. */
  measureIds: string[]
  /** listed − reported, where both exist. */
  difference: number | null
}

export interface Reconciliation {
  rows: ReconcileRow[]
  /** Designations on the lists from `since` on, less the rows marked removed. */
  listedTotal: number
  /** Sum of the press-based records' additions less their removals, from `since` on. */
  reportedTotal: number
}

/**
 * Date by date from `since` (the first sanctions of 2022 by default; the Crimea sheet goes back to 2014).
 * A notice and the press may date one round differently: such a round shows as two rows, each with its
 * own figure, and no difference is claimed between them.
 */
export function reconcile(
  designations: readonly Designation[],
  measures: readonly MeasureFacts[],
  what: Reconciled,
  since = '2022-02-23',
): Reconciliation {
  const scope = RECONCILE_SCOPE[what]
  const rows = new Map<string, ReconcileRow>()
  const row = (date: string) => {
    let r = rows.get(date)
    if (r === undefined) {
      r = { date, listed: null, delisted: 0, reported: null, measureIds: [], difference: null }
      rows.set(date, r)
    }
    return r
  }
  let listedTotal = 0
  for (const d of designations) {
    if (!scope.lists.includes(d.list)) continue
    if (d.designated !== null && d.designated >= since) {
      const r = row(d.designated)
      r.listed = (r.listed ?? 0) + 1
      listedTotal += 1
    }
    if (d.delisted !== null && d.delisted >= since) {
      row(d.delisted).delisted += 1
      listedTotal -= 1
    }
  }
  let reportedTotal = 0
  for (const m of measures) {
    if (!scope.press(m) || m.announced < since) continue
    reportedTotal += (m.added ?? 0) - m.removed
    if (m.added === null) continue
    const r = row(m.announced)
    r.reported = (r.reported ?? 0) + m.added
    r.measureIds.push(m.id)
  }
  const sorted = [...rows.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  for (const r of sorted)
    r.difference = r.listed !== null && r.reported !== null ? r.listed - r.reported : null
  return { rows: sorted, listedTotal, reportedTotal }
}
