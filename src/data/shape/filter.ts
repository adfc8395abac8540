/** The page-wide filter (measure types and a date range) applied to each kind of record. Pure. */
import type { EnergyEvent, GoodsItem, Measure, MeasureType } from '@/data/validate/schema'
import { MEASURE_TYPES } from '@/data/vocabulary'

export interface MeasureFilter {
  /** null: every type. */
  types: readonly MeasureType[] | null
  from: string | null
  to: string | null
}

export const NO_FILTER: MeasureFilter = { types: null, from: null, to: null }

export function inDateRange(date: string, f: Pick<MeasureFilter, 'from' | 'to'>): boolean {
  return (f.from === null || date >= f.from) && (f.to === null || date <= f.to)
}

export function typeSelected(type: MeasureType, f: MeasureFilter): boolean {
  return f.types === null || f.types.includes(type)
}

/** Measures of a selected type announced within the range. */
export function filterMeasures(measures: readonly Measure[], f: MeasureFilter): Measure[] {
  return measures.filter((m) => typeSelected(m.type, f) && inDateRange(m.announced, f))
}

/** Goods whose banning measure is of a selected type, in force from a date within the range. */
export function filterGoods(
  goods: readonly GoodsItem[],
  measures: readonly Measure[],
  f: MeasureFilter,
): GoodsItem[] {
  const typeOf = new Map(measures.map((m) => [m.id, m.type]))
  return goods.filter((g) => {
    const type = typeOf.get(g.measureId)
    return type !== undefined && typeSelected(type, f) && inDateRange(g.effective, f)
  })
}

/**
 * Energy events within the range. An event tied to a measure follows that measure's type; an event
 * tied to none (a company's decision, a statistic) is context and is hidden only by the date range.
 */
export function filterEnergyEvents(
  events: readonly EnergyEvent[],
  measures: readonly Measure[],
  f: MeasureFilter,
): EnergyEvent[] {
  const typeOf = new Map(measures.map((m) => [m.id, m.type]))
  return events.filter((e) => {
    if (!inDateRange(e.date, f)) return false
    if (e.measureId === null) return true
    const type = typeOf.get(e.measureId)
    return type !== undefined && typeSelected(type, f)
  })
}

/** How many measures of each type the dataset holds, in the schema's order, types with none left out. */
export function countByType(measures: readonly Measure[]): Array<[MeasureType, number]> {
  const counts = new Map<MeasureType, number>()
  for (const m of measures) counts.set(m.type, (counts.get(m.type) ?? 0) + 1)
  return MEASURE_TYPES.filter((t) => counts.has(t)).map((t) => [t, counts.get(t) ?? 0])
}
