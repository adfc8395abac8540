/** How the trend tells its commodities apart: a colour (≥ 3:1 against white) and a dash pattern each, and names. */
import type { TrendCommodity } from '@/data/shape/share-trend'

export const TREND_STYLE: Record<TrendCommodity, { colour: string; dash?: string }> = {
  lng: { colour: '#a8002a' },
  crude_oil: { colour: '#2d4f7c', dash: '7 4' },
  coal: { colour: '#5c4a2e', dash: '2 3' },
}

export const TREND_NAME_KEYS = {
  lng: 'energy.trend.lng',
  crude_oil: 'energy.trend.crudeOil',
  coal: 'energy.trend.coal',
} as const
