/** Russia's share of Japan's imports, commodity by commodity and year by year. Pure. */
import type { Dependency } from '@/data/validate/schema'

/** The commodities the trend shows, in this order; others (thermal coal, palladium) stay in their own figures. */
export const TREND_COMMODITIES = ['lng', 'crude_oil', 'coal'] as const
export type TrendCommodity = (typeof TREND_COMMODITIES)[number]

export interface TrendSeries {
  commodity: TrendCommodity
  /** One share per year the dataset gives, in year order (a year given twice keeps the first record). */
  points: Dependency[]
}

/** The trend's series: each commodity with at least one yearly share, and every year any of them has. */
export function shareTrend(dependencies: readonly Dependency[]): { years: number[]; series: TrendSeries[] } {
  const series: TrendSeries[] = []
  const years = new Set<number>()
  for (const commodity of TREND_COMMODITIES) {
    const byYear = new Map<number, Dependency>()
    for (const d of dependencies)
      if (d.commodity === commodity && d.share.unit === '%' && !byYear.has(d.year)) byYear.set(d.year, d)
    if (byYear.size === 0) continue
    const points = [...byYear.values()].sort((a, b) => a.year - b.year)
    for (const p of points) years.add(p.year)
    series.push({ commodity, points })
  }
  return { years: [...years].sort((a, b) => a - b), series }
}
