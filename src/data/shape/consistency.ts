/**
 * Consistency checks between the figures a dataset reports and the figures its own records add up to.
 * A mismatch is reported with the records involved; nothing is corrected.
 */
import { QUALIFIER_KEYS } from '@/data/labels'
import type { COUNT_UNITS, GoodsFacts, MeasureFacts, Qualifier } from '@/data/validate/schema'
import type { I18n } from '@/lib/i18n/i18n'

/** A running tally: the records that add to the same count (same side, type, target, country and unit). */
export function seriesKey(m: MeasureFacts): string {
  return [m.direction, m.type, m.target, m.targetCountry, m.unit ?? '-'].join('|')
}

/** Tranches in the order they were announced; records announced the same day keep dataset order. */
export function byAnnouncement<M extends MeasureFacts>(measures: readonly M[]): M[] {
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
  /** Sum of `added` less `removed` over the series up to and including this record. */
  derived: number
  /** Records whose counts make up `derived`, in order. */
  recordIds: string[]
  /** Records in the series up to here whose size was never reported. */
  unknownSizeIds: string[]
  ok: boolean
}

export function checkReportedTotals(measures: readonly MeasureFacts[]): TotalCheck[] {
  const running = new Map<string, { sum: number; ids: string[]; unknown: string[] }>()
  const checks: TotalCheck[] = []
  for (const m of byAnnouncement(measures)) {
    const key = seriesKey(m)
    const tally = running.get(key) ?? { sum: 0, ids: [], unknown: [] }
    if (m.added === null && m.removed === 0) tally.unknown.push(m.id)
    else {
      tally.sum += (m.added ?? 0) - m.removed
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
  measures: readonly MeasureFacts[],
  goods: readonly GoodsFacts[],
): GoodsCountCheck[] {
  const rowsByMeasure = new Map<string, GoodsFacts[]>()
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

export interface CountrySplitCheck {
  kind: 'country-split'
  measureId: string
  /** The measure's count. */
  counted: number
  /** The sum of its per-country counts. */
  split: number
  countries: string[]
  ok: boolean
}

/** A measure's per-country counts (byCountry) must add up to its count; a gap is shown, never filled. */
export function checkCountrySplits(measures: readonly MeasureFacts[]): CountrySplitCheck[] {
  return measures
    .filter((m) => m.added !== null && m.byCountry.length > 0)
    .map((m) => {
      const split = m.byCountry.reduce((n, c) => n + c.added, 0)
      return {
        kind: 'country-split' as const,
        measureId: m.id,
        counted: m.added ?? 0,
        split,
        countries: m.byCountry.map((c) => `${c.country} ${c.added}`),
        ok: split === m.added,
      }
    })
}

export type ConsistencyCheck = TotalCheck | GoodsCountCheck | CountrySplitCheck

type CountUnit = (typeof COUNT_UNITS)[number]
const UNIT_KEYS: { [U in CountUnit]: `dataset.check.unit.${U}` } = {
  persons: 'dataset.check.unit.persons',
  organisations: 'dataset.check.unit.organisations',
  items: 'dataset.check.unit.items',
  categories: 'dataset.check.unit.categories',
  technologies: 'dataset.check.unit.technologies',
}

/** A check that failed, as a sentence in the reader's language: both figures and every record involved. */
export function describeCheck({ t, fmt }: Pick<I18n, 't' | 'fmt'>, c: ConsistencyCheck): string {
  if (c.kind === 'country-split') {
    return t('dataset.check.countrySplit', {
      measure: c.measureId,
      counted: c.counted,
      split: c.split,
      countries: c.countries.join(', '),
    })
  }
  if (c.kind === 'goods-count') {
    return t('dataset.check.goodsCount', {
      measure: c.measureId,
      counted: c.counted,
      rows: c.goodsIds.length,
      listed: c.listed,
    })
  }
  const amount = Object.hasOwn(UNIT_KEYS, c.unit)
    ? t(UNIT_KEYS[c.unit as CountUnit], { count: c.reported })
    : fmt.number(c.reported)
  // Worded as the source worded it ("about 300 persons"); an exact figure is the amount alone.
  const reported = t(QUALIFIER_KEYS[c.qualifier], { value: amount })
  const total = t('dataset.check.total', {
    measure: c.measureId,
    date: fmt.date(c.date),
    reported,
    derived: c.derived,
    records: c.recordIds.join(' + '),
  })
  if (c.unknownSizeIds.length === 0) return total
  const unknown = t('dataset.check.unknownSize', {
    count: c.unknownSizeIds.length,
    ids: c.unknownSizeIds.join(', '),
  })
  return t('dataset.check.withUnknown', { total, unknown })
}

export function runConsistencyChecks(
  measures: readonly MeasureFacts[],
  goods: readonly GoodsFacts[],
): ConsistencyCheck[] {
  return [
    ...checkReportedTotals(measures),
    ...checkGoodsCounts(measures, goods),
    ...checkCountrySplits(measures),
  ]
}
