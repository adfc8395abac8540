/** A tally's points as CSV. Loaded on demand with the export code (it pulls in papaparse). */
import { toCsv, type CsvColumn } from '@/lib/csv'
import type { I18n } from '@/lib/i18n/i18n'

import type { SeriesDefinition, TallyPoint } from './timeline-data'

/** Headers in the reader's language; values stay machine-readable (ISO dates, plain numbers, codes). */
export function tallyToCsv(
  { t }: Pick<I18n, 't'>,
  points: readonly TallyPoint[],
  def: SeriesDefinition<string>,
  sourceUrls: (ids: readonly string[]) => string[],
  sourceLabel: (ids: readonly string[]) => string,
): string {
  const columns: ReadonlyArray<CsvColumn<TallyPoint>> = [
    { header: t('csv.announced'), value: (p) => p.date },
    { header: t('csv.unit'), value: () => t(def.words.unit) },
    { header: t('csv.added'), value: (p) => p.added },
    { header: t('csv.runningTotal'), value: (p) => p.total },
    { header: t('csv.reportedTotal'), value: (p) => p.reportedTotal },
    {
      header: t('csv.reportedWording'),
      value: (p) => (p.reportedTotal === null ? null : p.reportedQualifier),
    },
    { header: t('csv.reportedDiffers'), value: (p) => p.mismatch },
    { header: t('csv.measureId'), value: (p) => p.measureId },
    { header: t('csv.measure'), value: (p) => p.title },
    { header: t('csv.sources'), value: (p) => sourceLabel(p.sourceIds) },
    { header: t('csv.sourceUrls'), value: (p) => sourceUrls(p.sourceIds).join(' ') },
  ]
  return toCsv(points, columns)
}
