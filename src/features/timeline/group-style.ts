/** How the breakdown by target country names and colours its groups, on the page and in exports. */
import type { CountryGroup } from '@/data/shape/country-groups'

/** Stacked by target country: each colour ≥ 3:1 against white, and always named (legend, tooltip, table). */
export const GROUP_COLOURS: Record<CountryGroup | 'unsplit', string> = {
  russia: '#a8002a',
  occupied: '#b85a00',
  belarus: '#5b3b8c',
  third: '#1f7a6d',
  unsplit: '#6b7584',
}
export const GROUP_KEYS = {
  russia: 'group.russia',
  occupied: 'group.occupied',
  belarus: 'group.belarus',
  third: 'group.third',
  unsplit: 'group.unsplit',
} as const
