/** Pure shaping for the LNG supplier chart and its table twin. No React. */
import type { Figure } from '@/data/validate/schema'
import type { SupplierRow } from '@/data/shape/lng'

import {
  formatFigure,
  formatValue,
  ordinal,
  semicolonList,
  type EnergyI18n,
  type TargetCountry,
  supplierName,
} from '@/features/energy/energy-data'
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

/** "published" / "derived", in the reader's language. */
export function basisWord({ t }: EnergyI18n, basis: 'published' | 'derived'): string {
  return basis === 'published' ? t('energy.basis.published') : t('energy.basis.derived')
}

/** "26.61 Mt derived" / "6.56 Mt published": every tonnage says where it comes from. */
export function tonnesLabel(i18n: EnergyI18n, row: SupplierRow): string | null {
  if (row.tonnes === null) return null
  const value = formatValue(i18n, row.tonnes.value, 'Mt')
  if (row.tonnesBasis === null) return value
  return i18n.t('energy.lng.tonnesWithBasis', { value, basis: basisWord(i18n, row.tonnesBasis) })
}

/** One bar per supplier, in rank order ("Other" last); in tonnes, suppliers without a tonnage are left out. */
export function toLngBars(
  i18n: EnergyI18n,
  rows: readonly SupplierRow[],
  unit: LngUnit,
  target: TargetCountry,
): LngBarDatum[] {
  return rows.flatMap((row) => {
    const highlight = row.country === target.name
    const rankLabel = highlight && row.rank !== null ? ordinal(i18n, row.rank) : null
    const common = { id: row.id, country: supplierName(i18n, row), rankLabel, highlight, row }
    if (unit === 'share')
      return [{ ...common, value: row.share.value, valueLabel: formatFigure(i18n, row.share) }]
    const label = tonnesLabel(i18n, row)
    if (row.tonnes === null || label === null) return []
    return [{ ...common, value: row.tonnes.value, valueLabel: label }]
  })
}

/** How the tonnes are made, naming the published figure shown instead of the derived one. */
export function describeTonnes(i18n: EnergyI18n, rows: readonly SupplierRow[], total: Figure | null): string {
  const { t } = i18n
  if (total === null) return t('energy.lng.tonnes.noTotal')
  const base = t('energy.lng.tonnes.base', { total: formatFigure(i18n, total) })
  const published = rows.filter((r) => r.tonnesBasis === 'published')
  if (published.length === 0) return t('energy.lng.tonnes.describe', { base })
  const parts = published.map((r) => {
    const params = { country: supplierName(i18n, r), value: formatFigure(i18n, r.tonnes ?? r.share) }
    return r.derivedTonnes === null
      ? t('energy.lng.tonnes.published', params)
      : t('energy.lng.tonnes.publishedDerived', {
          ...params,
          derived: formatValue(i18n, r.derivedTonnes.value, 'Mt'),
        })
  })
  return t('energy.lng.tonnes.describeExcept', { base, published: semicolonList(t, parts) })
}
