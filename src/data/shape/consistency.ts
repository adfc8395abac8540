/**
 * Consistency checks between the figures a dataset reports and the figures its own records add up to.
 * A mismatch is reported with the records involved; nothing is corrected.
 */
import type { GoodsItem, Measure, Qualifier } from '@/data/schema'

/** A running tally: the records that add to the same count (same side, type, target, country and unit). */
export function seriesKey(m: Measure): string {
  return [m.direction, m.type, m.target, m.targetCountry, m.unit ?? '-'].join('|')
}

/** Tranches in the order they were announced; records announced the same day keep dataset order. */
export function byAnnouncement(measures: readonly Measure[]): Measure[] {
  return measures
    .map((m, i) => ({ m, i }))
    .sort((a, b) => (a.m.announced < b.m.announced ? -1 : a.m.announced > b.m.announced ? 1 : a.i - b.i))
    .map(({ m }) => m)
}

/** Whether a derived sum agrees with a figure worded this way ("about 300" allows 5%). */
export function agrees(derived: number, reported: number, q: Qualifier): boolean {
  switch (q) {
    case 'exact':
      return derived === reported
    case 'about':
      return Math.abs(derived - reported) <= Math.max(1, reported * 0.05)
    case 'more_than':
      return derived > reported
    case 'at_least':
      return derived >= reported
    case 'up_to':
      return derived <= reported
  }
}

export interface TotalCheck {
  kind: 'total'
  measureId: string
  date: string
  unit: string
  reported: number
  qualifier: Qualifier
  /** Sum of `added` over the series up to and including this record. */
  derived: number
  /** Records whose counts make up `derived`, in order. */
  recordIds: string[]
  /** Records in the series up to here whose size was never reported. */
  unknownSizeIds: string[]
  ok: boolean
}

export function checkReportedTotals(measures: readonly Measure[]): TotalCheck[] {
  const running = new Map<string, { sum: number; ids: string[]; unknown: string[] }>()
  const checks: TotalCheck[] = []
  for (const m of byAnnouncement(measures)) {
    const key = seriesKey(m)
    const tally = running.get(key) ?? { sum: 0, ids: [], unknown: [] }
    if (m.added === null) tally.unknown.push(m.id)
    else {
      tally.sum += m.added
      tally.ids.push(m.id)
    }
    running.set(key, tally)
    if (m.reportedTotal !== null) {
      checks.push({
        kind: 'total',
        measureId: m.id,
        date: m.announced,
        unit: m.unit ?? '',
        reported: m.reportedTotal,
        qualifier: m.reportedTotalQualifier,
        derived: tally.sum,
        recordIds: [...tally.ids],
        unknownSizeIds: [...tally.unknown],
        ok: agrees(tally.sum, m.reportedTotal, m.reportedTotalQualifier),
      })
    }
  }
  return checks
}

export interface GoodsCountCheck {
  kind: 'goods-count'
  measureId: string
  /** The number of items the measure says it covers. */
  counted: number
  /** The items its goods rows stand for (named and unidentified). */
  listed: number
  goodsIds: string[]
  ok: boolean
}

/**
 * For a measure whose goods rows all carry an item count, those counts must add up to the measure's count.
 * Measures listed only by examples (a row with itemCount null) are not checked.
 */
export function checkGoodsCounts(
  measures: readonly Measure[],
  goods: readonly GoodsItem[],
): GoodsCountCheck[] {
  const rowsByMeasure = new Map<string, GoodsItem[]>()
  for (const g of goods) {
    const rows = rowsByMeasure.get(g.measureId)
    if (rows === undefined) rowsByMeasure.set(g.measureId, [g])
    else rows.push(g)
  }
  const checks: GoodsCountCheck[] = []
  for (const m of measures) {
    const rows = rowsByMeasure.get(m.id)
    if (m.added === null || rows === undefined || rows.some((r) => r.itemCount === null)) continue
    const listed = rows.reduce((n, r) => n + (r.itemCount ?? 0), 0)
    checks.push({
      kind: 'goods-count',
      measureId: m.id,
      counted: m.added,
      listed,
      goodsIds: rows.map((r) => r.id),
      ok: listed === m.added,
    })
  }
  return checks
}

export type ConsistencyCheck = TotalCheck | GoodsCountCheck

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: '',
  about: 'about ',
  more_than: 'more than ',
  at_least: 'at least ',
  up_to: 'up to ',
}

export function describeCheck(c: ConsistencyCheck): string {
  if (c.kind === 'goods-count') {
    return `Measure "${c.measureId}" counts ${c.counted} items, but its ${c.goodsIds.length} goods rows stand for ${c.listed}.`
  }
  const unknown =
    c.unknownSizeIds.length > 0
      ? ` ${c.unknownSizeIds.length} earlier record(s) of unreported size: ${c.unknownSizeIds.join(', ')}.`
      : ''
  return (
    `Measure "${c.measureId}" (${c.date}) reports a total of ${QUALIFIER_WORDS[c.qualifier]}${c.reported} ${c.unit}; ` +
    `its tranches add up to ${c.derived} (${c.recordIds.join(' + ')}).${unknown}`
  )
}

export function runConsistencyChecks(
  measures: readonly Measure[],
  goods: readonly GoodsItem[],
): ConsistencyCheck[] {
  return [...checkReportedTotals(measures), ...checkGoodsCounts(measures, goods)]
}
