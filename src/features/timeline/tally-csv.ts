/** A tally's points as CSV. Loaded on demand with the export code (it pulls in papaparse). */
import { toCsv, type CsvColumn } from '@/lib/csv'

import type { SeriesDefinition, TallyPoint } from './timeline-data'

export function tallyToCsv(
  points: readonly TallyPoint[],
  def: SeriesDefinition<string>,
  sourceUrls: (ids: readonly string[]) => string[],
  sourceLabel: (ids: readonly string[]) => string,
): string {
  const columns: ReadonlyArray<CsvColumn<TallyPoint>> = [
    { header: 'announced', value: (p) => p.date },
    { header: 'unit', value: () => def.unit },
    { header: 'added', value: (p) => p.added },
    { header: 'running_total', value: (p) => p.total },
    { header: 'reported_total', value: (p) => p.reportedTotal },
    {
      header: 'reported_total_wording',
      value: (p) => (p.reportedTotal === null ? null : p.reportedQualifier),
    },
    { header: 'reported_differs_from_sum', value: (p) => p.mismatch },
    { header: 'measure_id', value: (p) => p.measureId },
    { header: 'measure', value: (p) => p.title },
    { header: 'sources', value: (p) => sourceLabel(p.sourceIds) },
    { header: 'source_urls', value: (p) => sourceUrls(p.sourceIds).join(' ') },
  ]
  return toCsv(points, columns)
}
