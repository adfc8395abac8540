/** The yearly shares as CSV. Loaded on demand when a user exports (it pulls in papaparse). */
import type { TrendSeries } from '@/data/shape/share-trend'
import type { Dependency } from '@/data/validate/schema'
import { toCsv, type CsvColumn } from '@/lib/csv'
import type { Translate } from '@/lib/i18n/translate'

/** One row per commodity and year; whether a share is our arithmetic ("derived") goes with it. */
export function shareTrendToCsv(
  t: Translate,
  series: readonly TrendSeries[],
  sourceUrls: (ids: readonly string[]) => string[],
  sourceLabel: (ids: readonly string[]) => string,
): string {
  const columns: ReadonlyArray<CsvColumn<Dependency>> = [
    { header: t('energy.csv.commodity'), value: (d) => d.commodity },
    { header: t('energy.csv.year'), value: (d) => d.year },
    { header: t('energy.csv.sharePct'), value: (d) => d.share.value },
    { header: t('energy.csv.qualifier'), value: (d) => d.share.qualifier },
    { header: t('energy.trend.csv.derived'), value: (d) => d.share.derived },
    { header: t('energy.csv.confidence'), value: (d) => d.share.confidence },
    { header: t('energy.csv.record'), value: (d) => d.id },
    { header: t('energy.csv.sources'), value: (d) => sourceLabel(d.share.sourceIds) },
    { header: t('energy.csv.sourceUrls'), value: (d) => sourceUrls(d.share.sourceIds).join(' ') },
  ]
  return toCsv(
    series.flatMap((s) => s.points),
    columns,
  )
}
