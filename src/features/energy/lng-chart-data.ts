/** Pure shaping for the LNG supplier chart and its table twin. No React. */
import type { Figure } from '@/data/schema'
import type { SupplierRow } from '@/data/shape/lng'
import { formatNumber } from '@/lib/format'

import { formatFigure, ordinal } from './energy-data'
import type { LngUnit } from './unit-switch'

export interface LngBarDatum {
  id: string
  country: string
  value: number
  /** The text beside the bar: "35.8%", "26.61 Mt derived", "6.56 Mt published". */
  valueLabel: string
  /** "5th" beside the highlighted supplier's bar, so rank never rests on colour alone. */
  rankLabel: string | null
  highlight: boolean
  row: SupplierRow
}

/** "26.61 Mt derived" / "6.56 Mt published": every tonnage says where it comes from. */
export function tonnesLabel(row: SupplierRow): string | null {
  if (row.tonnes === null) return null
  return `${formatNumber(row.tonnes.value)} Mt ${row.tonnesBasis ?? ''}`.trim()
}

/** One bar per supplier, in rank order ("Other" last); in tonnes, suppliers without a tonnage are left out. */
export function toLngBars(rows: readonly SupplierRow[], unit: LngUnit, target: string): LngBarDatum[] {
  return rows.flatMap((row) => {
    const highlight = row.country === target
    const rankLabel = highlight && row.rank !== null ? ordinal(row.rank) : null
    if (unit === 'share') {
      return [
        {
          id: row.id,
          country: row.country,
          value: row.share.value,
          valueLabel: formatFigure(row.share),
          rankLabel,
          highlight,
          row,
        },
      ]
    }
    const label = tonnesLabel(row)
    if (row.tonnes === null || label === null) return []
    return [
      {
        id: row.id,
        country: row.country,
        value: row.tonnes.value,
        valueLabel: label,
        rankLabel,
        highlight,
        row,
      },
    ]
  })
}

/** How the tonnes are made, naming the published figure shown instead of the derived one. */
export function describeTonnes(rows: readonly SupplierRow[], total: Figure | null): string {
  if (total === null) return "Tonnes are not shown: Japan's total LNG imports are not in this dataset."
  const base = `Million tonnes. Derived: each share × ${formatFigure(total)} (our arithmetic, low confidence)`
  const published = rows.filter((r) => r.tonnesBasis === 'published')
  if (published.length === 0) return `${base}.`
  const parts = published.map(
    (r) =>
      `${r.country}: published ${formatFigure(r.tonnes ?? r.share)} shown` +
      (r.derivedTonnes === null ? '' : ` (derived: ${formatNumber(r.derivedTonnes.value)} Mt)`),
  )
  return `${base}, except ${parts.join('; ')}.`
}
