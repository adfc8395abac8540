/** A tally's points as CSV. Loaded on demand with the export code (it pulls in papaparse). */
import { toCsv, type CsvColumn } from '@/lib/csv'
import type { I18n } from '@/lib/i18n/i18n'

import type { CountryGroup } from '@/data/shape/country-groups'

import type { SeriesDefinition, TallyPoint } from './timeline-data'

const GROUP_HEADERS = {
  russia: 'csv.group.russia',
  occupied: 'csv.group.occupied',
  belarus: 'csv.group.belarus',
  third: 'csv.group.third',
  unsplit: 'csv.group.unsplit',
} as const

/** Headers in the reader's language; values stay machine-readable (ISO dates, plain numbers, codes). */
export function tallyToCsv(
  { t }: Pick<I18n, 't'>,
  points: readonly TallyPoint[],
  def: SeriesDefinition<string>,
  sourceUrls: (ids: readonly string[]) => string[],
  sourceLabel: (ids: readonly string[]) => string,
  /** The breakdown's groups: a column each, after "added". */
  groups: ReadonlyArray<CountryGroup | 'unsplit'> = [],
): string {
  const columns: ReadonlyArray<CsvColumn<TallyPoint>> = [
    { header: t('csv.announced'), value: (p) => p.date },
    { header: t('csv.unit'), value: () => t(def.words.unit) },
    { header: t('csv.added'), value: (p) => p.added },
    ...groups.map((g): CsvColumn<TallyPoint> => ({
      header: t(GROUP_HEADERS[g]),
      value: (p) => (g === 'unsplit' ? p.unsplit : p.groups[g]),
    })),
    // Only a tally with delistings has the column, so older exports keep their shape.
    ...(points.some((p) => p.removed > 0)
      ? [{ header: t('csv.removed'), value: (p: TallyPoint) => p.removed }]
      : []),
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
