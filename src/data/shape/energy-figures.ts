/** Look-ups into dataset.energy that tolerate a missing record: they return null, never throw. */
import { englishText } from '@/data/localize'
import type { Dependency, EnergyFigure, Figure } from '@/data/validate/schema'

export function figureById(figures: readonly EnergyFigure[], id: string): EnergyFigure | null {
  return figures.find((f) => f.id === id) ?? null
}

/** A commodity's earliest share: the baseline before the war (2021), whatever later years the dataset adds. */
export function dependencyOf(
  dependencies: readonly Dependency[],
  commodity: Dependency['commodity'],
): Dependency | null {
  let first: Dependency | null = null
  for (const d of dependencies)
    if (d.commodity === commodity && (first === null || d.year < first.year)) first = d
  return first
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * A supplier's LNG tonnage for a year as read in a source ("LNG imports from Russia, 2021"), if the dataset
 * has one. Derived figures are skipped: only a published number may stand in for our arithmetic.
 */
export function publishedLngTonnes(
  figures: readonly EnergyFigure[],
  country: string,
  year: number | null,
): Figure | null {
  if (year === null) return null
  const from = new RegExp(`\\bfrom (the )?${escapeRegExp(country)}\\b`, 'i')
  const match = figures.find(
    (f) =>
      f.subject === 'lng' &&
      f.year === year &&
      f.figure.unit === 'Mt' &&
      !f.figure.derived &&
      // The English label, in whatever language the page is: the match is on the dataset's wording.
      from.test(englishText(f, 'label') ?? f.label),
  )
  return match?.figure ?? null
}
