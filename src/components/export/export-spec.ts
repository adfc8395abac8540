import type { ReactNode } from 'react'

import type { EmbedFigure } from '@/lib/embed-figures'

import type { ExportLegendItem } from '@/lib/export/compose-svg'
import type { Locale } from '@/lib/i18n/locales'

/** Everything a figure hands its frame so the frame can export it as PNG, SVG or CSV. */
export interface ChartExportSpec {
  /** Start of the file name, e.g. "japan-russia-sanctioned-individuals". */
  fileStem: string
  /** The figure's name for `?embed=`, when it can be embedded alone. */
  embed?: EmbedFigure
  /** The dates the image covers, for the file name. */
  period: { from: string; to: string }
  /** The active filters in words, the image's subtitle. */
  filters: string
  legend: readonly ExportLegendItem[]
  /** "Source: …" naming every publisher of the records shown. */
  source: string
  /** Notes printed under the legend, e.g. what the numbered markers stand for. */
  notes?: readonly string[]
  /** "Data as of 5 Dec 2022 (dataset 1.0.0)". */
  asOfLine: string
  /** The chart at a fixed pixel width, without animation, for the image. */
  renderChart: (width: number) => ReactNode
  /** The chart's data as shown, as CSV text (with a header, units and source URLs); may load code on demand. */
  csv: () => Promise<string>
}

export type ExportFormat = 'png' | 'svg' | 'csv'

/** ASCII file names in every language (they travel by mail and shell); a Japanese export ends in "-ja". */
export function exportFileName(
  spec: Pick<ChartExportSpec, 'fileStem' | 'period'>,
  ext: ExportFormat,
  locale: Locale = 'en',
): string {
  const suffix = locale === 'en' ? '' : `-${locale}`
  return `${spec.fileStem}-${spec.period.from}_${spec.period.to}${suffix}.${ext}`
}

/** Width of the chart inside an exported image, in CSS pixels (2× gives 1400+ px images). */
export const EXPORT_CHART_WIDTH = 700
