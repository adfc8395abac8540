/**
 * The panels below the first screen, for the dashboard and for an embedded figure: each loaded on demand
 * (in parallel after the shell, so the timeline paints sooner). A panel whose code cannot be fetched says
 * so in its place, with Try again (components/lazy-part.tsx).
 */
import { lazyPart } from '@/components/lazy-part'

export const GoodsPanel = lazyPart(() => import('@/features/goods/goods-panel'), 'GoodsPanel', {
  name: 'goods',
}).Part
export const ListedPanel = lazyPart(() => import('@/features/listed/listed-panel'), 'ListedPanel', {
  name: 'listed',
}).Part
export const EnergyPanel = lazyPart(() => import('@/features/energy/energy-panel'), 'EnergyPanel', {
  name: 'energy',
}).Part
