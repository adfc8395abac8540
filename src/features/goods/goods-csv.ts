/** The goods table as CSV. Loaded on demand (it pulls in papaparse), so it costs nothing at start-up. */
import { MEASURE_TYPE_LABELS } from '@/data/labels'
import { UNIDENTIFIED_LABEL, type GoodsRow } from '@/data/shape/goods-rows'
import { toCsv, UTF8_BOM, type CsvColumn } from '@/lib/csv'

export const GOODS_CSV_COLUMNS: ReadonlyArray<CsvColumn<GoodsRow>> = [
  { header: 'id', value: (r) => r.id },
  { header: 'item', value: (r) => r.name ?? UNIDENTIFIED_LABEL },
  { header: 'item_ja', value: (r) => r.nameJa },
  { header: 'category', value: (r) => r.category },
  { header: 'unidentified', value: (r) => r.unidentified },
  { header: 'item_count', value: (r) => r.itemCount },
  { header: 'hs_codes', value: (r) => r.hsCodes.join(' ') },
  { header: 'measure_id', value: (r) => r.measureId },
  { header: 'measure', value: (r) => r.measureTitle },
  { header: 'measure_type', value: (r) => MEASURE_TYPE_LABELS[r.measureType] },
  { header: 'announced', value: (r) => r.announced },
  { header: 'effective', value: (r) => r.effective },
  { header: 'confidence', value: (r) => r.confidence },
  { header: 'sources', value: (r) => r.publishers },
  { header: 'source_urls', value: (r) => r.sourceUrls.join(' ') },
  { header: 'note', value: (r) => r.note },
]

export function goodsToCsv(rows: readonly GoodsRow[]): string {
  return UTF8_BOM + toCsv(rows, GOODS_CSV_COLUMNS)
}

/** "japan-russia-banned-goods-all-as-of-2022-12-05.csv", or "-filtered-" for the rows shown. */
export function goodsCsvFileName(scope: 'all' | 'filtered', asOf: string): string {
  return `japan-russia-banned-goods-${scope}-as-of-${asOf}.csv`
}
