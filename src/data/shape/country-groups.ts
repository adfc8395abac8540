/**
 * Japan's lists by whose people and organisations they name: Russia, the occupied regions of Ukraine,
 * Belarus, and third countries (the ministries' own grouping). Pure.
 */
import type { Measure } from '@/data/validate/schema'
import { OCCUPIED_UKRAINE } from '@/data/vocabulary'

export const COUNTRY_GROUPS = ['russia', 'occupied', 'belarus', 'third'] as const
export type CountryGroup = (typeof COUNTRY_GROUPS)[number]

/** The group of a country code; "mixed" and Japan (Russia's measures) belong to none. */
export function groupOf(country: string): CountryGroup | null {
  if (country === 'RU') return 'russia'
  if (country === OCCUPIED_UKRAINE) return 'occupied'
  if (country === 'BY') return 'belarus'
  if (country === 'mixed' || country === 'JP') return null
  return 'third'
}

/** Russia-related as Japan counts it: Russia and the occupied regions. */
export const isRussiaRelated = (country: string): boolean => country === 'RU' || country === OCCUPIED_UKRAINE

/**
 * A measure's count by group: its per-country split where it has one, else the whole count in its
 * target country's group. A "mixed" record without a split counts in no group (`unsplit`).
 */
export function countByGroup(m: Pick<Measure, 'added' | 'targetCountry' | 'byCountry'>): {
  groups: Record<CountryGroup, number>
  unsplit: number
} {
  const groups: Record<CountryGroup, number> = { russia: 0, occupied: 0, belarus: 0, third: 0 }
  const added = m.added ?? 0
  if (m.byCountry.length > 0) {
    let split = 0
    for (const c of m.byCountry) {
      const g = groupOf(c.country)
      if (g !== null) groups[g] += c.added
      split += c.added
    }
    // Whatever the split leaves out (a consistency finding) stays visible as unsplit, never guessed.
    return { groups, unsplit: Math.max(0, added - split) }
  }
  const g = groupOf(m.targetCountry)
  if (g === null) return { groups, unsplit: added }
  groups[g] = added
  return { groups, unsplit: 0 }
}

/** Every country a measure names belongs to third countries. */
export function isThirdCountry(m: Pick<Measure, 'targetCountry' | 'byCountry'>): boolean {
  return m.byCountry.length > 0
    ? m.byCountry.every((c) => groupOf(c.country) === 'third')
    : groupOf(m.targetCountry) === 'third'
}
