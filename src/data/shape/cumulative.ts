import { byAnnouncement } from '@/data/shape/consistency'
import type { Measure } from '@/data/validate/schema'

export interface CumulativePoint {
  measureId: string
  date: string
  added: number
  /** Designations removed by this record (delistings). */
  removed: number
  /** Running sum of `added` less `removed`, up to and including this record. */
  total: number
  reportedTotal: number | null
}

/**
 * The running total of a series of tranches, e.g. individuals under a Japanese asset freeze.
 * Records of unreported size (added: null) are skipped: they cannot be added, and are not guessed.
 */
export function toCumulativeSeries(
  measures: readonly Measure[],
  include: (m: Measure) => boolean,
): CumulativePoint[] {
  let total = 0
  const points: CumulativePoint[] = []
  for (const m of byAnnouncement(measures.filter(include))) {
    // A delisting record may carry no additions; it still lowers the total.
    if (m.added === null && m.removed === 0) continue
    const added = m.added ?? 0
    total += added - m.removed
    points.push({
      measureId: m.id,
      date: m.announced,
      added,
      removed: m.removed,
      total,
      reportedTotal: m.reportedTotal,
    })
  }
  return points
}

/** Japan's asset freezes on Russian (and Russian-controlled) individuals, the occupied regions included. */
export const isRussianIndividualFreeze = (m: Measure): boolean =>
  m.direction === 'JP→RU' &&
  m.type === 'asset_freeze' &&
  m.target === 'individual' &&
  m.targetCountry === 'RU'
