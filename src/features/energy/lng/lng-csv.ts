/** The LNG suppliers as CSV. Loaded on demand when a user exports (it pulls in papaparse). */
import type { SupplierRow } from '@/data/shape/lng'
import { toCsv, type CsvColumn } from '@/lib/csv'
import type { Translate } from '@/lib/i18n/translate'

/**
 * One row per supplier, in rank order ("Other" last, unranked). Share and tonnes both, whichever unit
 * the chart shows: a tonnage without its basis would pass our arithmetic off as a published figure.
 * Headers follow the reader's language; values stay as the dataset codes them (numbers in Mt, basis and
 * confidence as codes), so files exported in either language hold the same data.
 */
export function lngToCsv(
  t: Translate,
  rows: readonly SupplierRow[],
  year: number | null,
  sourceUrls: (ids: readonly string[]) => string[],
  sourceLabel: (ids: readonly string[]) => string,
): string {
  const ids = (r: SupplierRow) => [...r.share.sourceIds, ...(r.tonnes?.sourceIds ?? [])]
  const columns: ReadonlyArray<CsvColumn<SupplierRow>> = [
    { header: t('energy.csv.rank'), value: (r) => r.rank },
    { header: t('energy.csv.country'), value: (r) => r.country },
    { header: t('energy.csv.year'), value: () => year },
    { header: t('energy.csv.sharePct'), value: (r) => r.share.value },
    { header: t('energy.csv.tonnesMt'), value: (r) => r.tonnes?.value ?? null },
    { header: t('energy.csv.tonnesBasis'), value: (r) => r.tonnesBasis },
    { header: t('energy.csv.confidence'), value: (r) => r.share.confidence },
    { header: t('energy.csv.tonnesConfidence'), value: (r) => r.tonnes?.confidence ?? null },
    { header: t('energy.csv.sources'), value: (r) => sourceLabel(ids(r)) },
    { header: t('energy.csv.sourceUrls'), value: (r) => sourceUrls(ids(r)).join(' ') },
  ]
  return toCsv(rows, columns)
}
