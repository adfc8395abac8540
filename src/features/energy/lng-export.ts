/** The words and legend of the LNG chart's exported image. No papaparse here: it loads only with the CSV. */
import type { Figure, Meta } from '@/data/schema'
import { isOther, sumOfShares, type SupplierRow } from '@/data/shape/lng'
import type { ExportLegendItem } from '@/lib/export/compose-svg'
import { formatNumber } from '@/lib/format'

import { formatFigure, ordinal } from './energy-data'
import { describeTonnes, tonnesLabel, type LngBarDatum } from './lng-chart-data'
import { LNG_COLOURS } from './lng-supplier-chart'
import type { LngUnit } from './unit-switch'

export const LNG_FILE_STEM = 'japan-lng-imports-by-supplier'

export function lngFileStem(unit: LngUnit): string {
  return unit === 'tonnes' ? `${LNG_FILE_STEM}-tonnes` : LNG_FILE_STEM
}

/** The calendar year the shares describe; without one, the dataset's coverage. */
export function lngExportPeriod(year: number | null, meta: Meta): { from: string; to: string } {
  return year === null ? { ...meta.coverage } : { from: `${year}-01-01`, to: `${year}-12-31` }
}

/**
 * "Russia highlighted: 8.8%, ranked 5th of 10 named suppliers". On the page a callout above the chart
 * says this, but the callout is HTML and never reaches the image, so the subtitle carries it instead.
 */
export function targetLine(rows: readonly SupplierRow[], unit: LngUnit, target: string): string {
  const row = rows.find((r) => r.country === target)
  if (row === undefined) return `${target}: not among the suppliers in this dataset`
  const named = rows.filter((r) => !isOther(r)).length
  const value = unit === 'tonnes' ? (tonnesLabel(row) ?? formatFigure(row.share)) : formatFigure(row.share)
  const rank = row.rank === null ? 'not ranked' : `ranked ${ordinal(row.rank)} of ${named} named suppliers`
  return `${target} highlighted: ${value}, ${rank}`
}

/** "Tonnes, Mt (derived from shares × 74.32 Mt, Russia published)". */
function tonnesMeasure(rows: readonly SupplierRow[], total: Figure | null): string {
  if (total === null) return 'Tonnes, Mt'
  const published = rows.filter((r) => r.tonnesBasis === 'published').map((r) => r.country)
  const except = published.length === 0 ? '' : `, ${published.join(', ')} published`
  return `Tonnes, Mt (derived from shares × ${formatFigure(total)}${except})`
}

/** The image's subtitle: measure · year · the highlighted supplier's value and rank. */
export function lngExportFilters(
  rows: readonly SupplierRow[],
  total: Figure | null,
  unit: LngUnit,
  target: string,
  year: number | null,
): string {
  const measure = unit === 'tonnes' ? tonnesMeasure(rows, total) : 'Share of imports, %'
  return [measure, year === null ? null : String(year), targetLine(rows, unit, target)]
    .filter((part): part is string => part !== null)
    .join(' · ')
}

/** What a reader of the bare image needs to read the bars right. */
export function lngExportNotes(
  rows: readonly SupplierRow[],
  total: Figure | null,
  unit: LngUnit,
  year: number | null,
): string[] {
  const when = year === null ? '' : ` in ${year}`
  const lead =
    unit === 'tonnes'
      ? describeTonnes(rows, total)
      : `Each bar is a supplier's share of Japan's LNG imports${when}; the shares sum to ${formatNumber(sumOfShares(rows))}%.`
  const other = rows.some(isOther)
    ? ['"Other" is the remainder of the imports, not a single supplier, so it has no rank.']
    : []
  return [lead, ...other]
}

/** One legend entry per bar colour the chart actually draws. */
export function lngLegend(bars: readonly LngBarDatum[], target: string): ExportLegendItem[] {
  const items: ExportLegendItem[] = []
  if (bars.some((b) => b.highlight)) items.push({ label: target, kind: 'bar', colour: LNG_COLOURS.highlight })
  if (bars.some((b) => !b.highlight && b.row.rank !== null))
    items.push({ label: 'Other named suppliers', kind: 'bar', colour: LNG_COLOURS.supplier })
  if (bars.some((b) => !b.highlight && b.row.rank === null))
    items.push({ label: '"Other": the unranked remainder', kind: 'bar', colour: LNG_COLOURS.remainder })
  return items
}
