import type { Figure, LngSupplier } from '@/data/validate/schema'

/** Named suppliers by share, largest first; the "Other" bucket is not a supplier and has no rank. */
export function rankSuppliers(
  suppliers: readonly LngSupplier[],
): Array<LngSupplier & { rank: number | null }> {
  const named = suppliers.filter((s) => !isOther(s)).sort((a, b) => b.share.value - a.share.value)
  const other = suppliers.filter(isOther)
  return [...named.map((s, i) => ({ ...s, rank: i + 1 })), ...other.map((s) => ({ ...s, rank: null }))]
}

export function isOther(s: LngSupplier): boolean {
  return /^other/i.test(s.country)
}

/** The sum of the suppliers' shares, in %, rounded to the shares' own precision (0.1) so 99.99… reads 100. */
export function sumOfShares(suppliers: readonly LngSupplier[]): number {
  return Math.round(suppliers.reduce((n, s) => n + s.share.value, 0) * 10) / 10
}

/**
 * Tonnes implied by a share of a total (share% × total Mt). This is our arithmetic, not a number read in a
 * source, so it is marked derived, cites the sources of both factors, and is of low confidence.
 */
export function deriveTonnes(share: Figure, total: Figure): Figure {
  return {
    // To 0.01 Mt, the precision of the total: a share given to 0.1 point is good to about ±0.04 Mt.
    value: Math.round(share.value * total.value) / 100,
    unit: 'Mt',
    qualifier: 'about',
    derived: true,
    sourceIds: [...new Set([...share.sourceIds, ...total.sourceIds])],
    confidence: 'low',
    // Only the formula, the same in every language: the page labels the figure derived in words.
    note: `${share.value}% × ${total.value} Mt`,
    alternatives: [],
  }
}

export interface SupplierRow extends LngSupplier {
  rank: number | null
  /** The tonnage shown: the published one where a source gives it, else the derived one; null without a total. */
  tonnes: Figure | null
  tonnesBasis: 'published' | 'derived' | null
  /** share × total, even where a published tonnage is shown, so the two can be set side by side. */
  derivedTonnes: Figure | null
  publishedTonnes: Figure | null
}

/**
 * Ranked suppliers with their tonnes. `published` returns a supplier's tonnage as read in a source, if any:
 * it is preferred to our arithmetic, which is kept beside it.
 */
export function toSupplierRows(
  suppliers: readonly LngSupplier[],
  total: Figure | null,
  published: (country: string) => Figure | null = () => null,
): SupplierRow[] {
  return rankSuppliers(suppliers).map((s) => {
    const derivedTonnes = total === null ? null : deriveTonnes(s.share, total)
    const publishedTonnes = isOther(s) ? null : published(s.country)
    const tonnes = publishedTonnes ?? derivedTonnes
    const tonnesBasis = publishedTonnes !== null ? 'published' : derivedTonnes !== null ? 'derived' : null
    return { ...s, tonnes, tonnesBasis, derivedTonnes, publishedTonnes }
  })
}
