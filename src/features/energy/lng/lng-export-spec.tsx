import type { ChartExportSpec } from '@/components/export/export-spec'
import type { Dataset, Figure } from '@/data/validate/schema'
import { asOfLine } from '@/data/shape/describe-filter'
import type { SupplierRow } from '@/data/shape/lng'
import { makeSourceUrlLookup, sourceLine } from '@/data/shape/source-labels'
import type { I18n } from '@/lib/i18n/i18n'

import type { TargetCountry } from '@/features/energy/energy-data'
import type { LngBarDatum } from './lng-chart-data'
import { lngExportFilters, lngExportNotes, lngExportPeriod, lngFileStem, lngLegend } from './lng-export'
import { LngSupplierChart } from './lng-supplier-chart'
import type { LngUnit } from './unit-switch'

interface LngExportInput {
  /** The reader's language: the image, the CSV and the file name follow it. */
  i18n: I18n
  dataset: Dataset
  rows: readonly SupplierRow[]
  bars: readonly LngBarDatum[]
  total: Figure | null
  year: number | null
  unit: LngUnit
  target: TargetCountry
  /** The sources of the values the chart shows. */
  sourceIds: readonly string[]
  labeler: (ids: readonly string[]) => string
}

/** What the frame needs to export the LNG chart as it is shown (share or tonnes). */
export function lngExportSpec(input: LngExportInput): ChartExportSpec {
  const { i18n, dataset, rows, bars, total, year, unit, target, labeler } = input
  return {
    fileStem: lngFileStem(unit),
    embed: 'lng',
    period: lngExportPeriod(year, dataset.meta),
    filters: lngExportFilters(i18n, rows, total, unit, target, year),
    legend: lngLegend(i18n.t, bars, target),
    source: sourceLine(i18n, dataset.sources, input.sourceIds, { max: Infinity }),
    notes: lngExportNotes(i18n, rows, total, unit, year),
    asOfLine: asOfLine(i18n, dataset.meta, dataset.meta.title),
    // The wide layout whatever the screen, and no tooltip: the image is drawn at a fixed width.
    renderChart: (width) => (
      <LngSupplierChart bars={bars} sourceLabel={labeler} width={width} compact={false} tooltip={false} />
    ),
    csv: async () => {
      const { lngToCsv } = await import('./lng-csv')
      return lngToCsv(i18n.t, rows, year, makeSourceUrlLookup(dataset.sources), labeler)
    },
  }
}
