import type { LngSupplier } from '@/data/schema'

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
