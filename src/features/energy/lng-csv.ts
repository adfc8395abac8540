/** The LNG suppliers as CSV. Loaded on demand when a user exports (it pulls in papaparse). */
import type { SupplierRow } from '@/data/shape/lng'
import { toCsv, type CsvColumn } from '@/lib/csv'

/**
 * One row per supplier, in rank order ("Other" last, unranked). Share and tonnes both, whichever unit
 * the chart shows: a tonnage without its basis would pass our arithmetic off as a published figure.
 */
export function lngToCsv(
  rows: readonly SupplierRow[],
  year: number | null,
  sourceUrls: (ids: readonly string[]) => string[],
  sourceLabel: (ids: readonly string[]) => string,
): string {
  const ids = (r: SupplierRow) => [...r.share.sourceIds, ...(r.tonnes?.sourceIds ?? [])]
  const columns: ReadonlyArray<CsvColumn<SupplierRow>> = [
    { header: 'rank', value: (r) => r.rank },
    { header: 'country', value: (r) => r.country },
    { header: 'year', value: () => year },
    { header: 'share_pct', value: (r) => r.share.value },
    { header: 'tonnes_mt', value: (r) => r.tonnes?.value ?? null },
    { header: 'tonnes_basis', value: (r) => r.tonnesBasis },
    { header: 'confidence', value: (r) => r.share.confidence },
    { header: 'tonnes_confidence', value: (r) => r.tonnes?.confidence ?? null },
    { header: 'sources', value: (r) => sourceLabel(ids(r)) },
    { header: 'source_urls', value: (r) => sourceUrls(ids(r)).join(' ') },
  ]
  return toCsv(rows, columns)
}
