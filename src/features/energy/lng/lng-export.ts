/** The words and legend of the LNG chart's exported image. No papaparse here: it loads only with the CSV. */
import type { Figure, Meta } from '@/data/validate/schema'
import { isOther, sumOfShares, type SupplierRow } from '@/data/shape/lng'
import type { ExportLegendItem } from '@/lib/export/compose-svg'
import type { Translate } from '@/lib/i18n/translate'

import { formatFigure, ordinal, type EnergyI18n, type TargetCountry } from '@/features/energy/energy-data'
import { describeTonnes, tonnesLabel, type LngBarDatum } from './lng-chart-data'
import { LNG_COLOURS } from './lng-supplier-chart'
import type { LngUnit } from './unit-switch'

/** The file name's stem: ASCII in every language (exportFileName marks a Japanese export with "-ja"). */
export function lngFileStem(unit: LngUnit): string {
  return unit === 'tonnes' ? 'japan-lng-imports-by-supplier-tonnes' : 'japan-lng-imports-by-supplier'
}

/** The calendar year the shares describe; without one, the dataset's coverage. */
export function lngExportPeriod(year: number | null, meta: Meta): { from: string; to: string } {
  return year === null ? { ...meta.coverage } : { from: `${year}-01-01`, to: `${year}-12-31` }
}

/**
 * "Russia highlighted: 8.8%, ranked 5th of 10 named suppliers". On the page a callout above the chart
 * says this, but the callout is HTML and never reaches the image, so the subtitle carries it instead.
 */
export function targetLine(
  i18n: EnergyI18n,
  rows: readonly SupplierRow[],
  unit: LngUnit,
  target: TargetCountry,
): string {
  const { t } = i18n
  const row = rows.find((r) => r.country === target.name)
  if (row === undefined) return t('energy.lng.export.targetAbsent', { target: target.label })
  const named = rows.filter((r) => !isOther(r)).length
  const share = formatFigure(i18n, row.share)
  const value = unit === 'tonnes' ? (tonnesLabel(i18n, row) ?? share) : share
  if (row.rank === null) return t('energy.lng.export.targetUnranked', { target: target.label, value })
  return t('energy.lng.export.targetRanked', {
    target: target.label,
    value,
    rank: ordinal(i18n, row.rank),
    count: named,
  })
}

/** "Tonnes, Mt (derived from shares × 74.32 Mt, Russia published)". */
function tonnesMeasure(i18n: EnergyI18n, rows: readonly SupplierRow[], total: Figure | null): string {
  const { t } = i18n
  if (total === null) return t('energy.lng.export.measureTonnes')
  const published = rows.filter((r) => r.tonnesBasis === 'published').map((r) => r.country)
  const params = { total: formatFigure(i18n, total) }
  return published.length === 0
    ? t('energy.lng.export.measureTonnesDerived', params)
    : t('energy.lng.export.measureTonnesPublished', { ...params, countries: i18n.fmt.list(published) })
}

/** The image's subtitle: measure · year · the highlighted supplier's value and rank. */
export function lngExportFilters(
  i18n: EnergyI18n,
  rows: readonly SupplierRow[],
  total: Figure | null,
  unit: LngUnit,
  target: TargetCountry,
  year: number | null,
): string {
  const { t } = i18n
  const measure = unit === 'tonnes' ? tonnesMeasure(i18n, rows, total) : t('energy.lng.export.measureShare')
  return [
    measure,
    year === null ? null : t('energy.year', { year: String(year) }),
    targetLine(i18n, rows, unit, target),
  ]
    .filter((part): part is string => part !== null)
    .reduce((first, rest) => t('energy.dotList', { first, rest }))
}

/** What a reader of the bare image needs to read the bars right. */
export function lngExportNotes(
  i18n: EnergyI18n,
  rows: readonly SupplierRow[],
  total: Figure | null,
  unit: LngUnit,
  year: number | null,
): string[] {
  const { t, fmt } = i18n
  const sum = fmt.percent(sumOfShares(rows))
  const lead =
    unit === 'tonnes'
      ? describeTonnes(i18n, rows, total)
      : year === null
        ? t('energy.lng.export.shareNote', { sum })
        : t('energy.lng.export.shareNoteYear', { sum, year: String(year) })
  const other = rows.some(isOther) ? [t('energy.lng.export.otherNote')] : []
  return [lead, ...other]
}

/** One legend entry per bar colour the chart actually draws. */
export function lngLegend(
  t: Translate,
  bars: readonly LngBarDatum[],
  target: TargetCountry,
): ExportLegendItem[] {
  const items: ExportLegendItem[] = []
  if (bars.some((b) => b.highlight))
    items.push({ label: target.label, kind: 'bar', colour: LNG_COLOURS.highlight })
  if (bars.some((b) => !b.highlight && b.row.rank !== null))
    items.push({ label: t('energy.lng.legend.suppliers'), kind: 'bar', colour: LNG_COLOURS.supplier })
  if (bars.some((b) => !b.highlight && b.row.rank === null))
    items.push({ label: t('energy.lng.legend.remainder'), kind: 'bar', colour: LNG_COLOURS.remainder })
  return items
}
