/** The goods table as CSV. Loaded on demand (it pulls in papaparse), so it costs nothing at start-up. */
import { typeName } from '@/data/labels'
import { rowNote, type GoodsRow } from '@/data/goods/goods-index'
import { toCsv, UTF8_BOM, type CsvColumn } from '@/lib/csv'
import type { I18n } from '@/lib/i18n/i18n'
import type { Locale } from '@/lib/i18n/locales'

import type { GoodsTexts } from './goods-table'

/** Headers (and the words in cells) in the reader's language; codes, dates and URLs as they are. */
export function goodsCsvColumns(
  { t, locale }: Pick<I18n, 't' | 'locale'>,
  texts?: GoodsTexts,
): ReadonlyArray<CsvColumn<GoodsRow>> {
  return [
    { header: t('csv.id'), value: (r) => r.id },
    { header: t('csv.item'), value: (r) => r.name ?? (r.unidentified ? t('goods.unidentified') : null) },
    { header: t('csv.itemJa'), value: (r) => r.nameJa },
    { header: t('csv.category'), value: (r) => r.category },
    { header: t('csv.categoryJa'), value: (r) => r.categoryJa },
    { header: t('csv.unidentified'), value: (r) => r.unidentified },
    { header: t('csv.itemCount'), value: (r) => r.itemCount },
    { header: t('csv.hsCodes'), value: (r) => r.hsCodes.join(' ') },
    { header: t('csv.measureId'), value: (r) => r.measureId },
    { header: t('csv.measure'), value: (r) => texts?.measureTitle(r.measureId) ?? r.measureTitle },
    { header: t('csv.measureType'), value: (r) => typeName(t, r.measureType) },
    { header: t('csv.announced'), value: (r) => r.announced },
    { header: t('csv.effective'), value: (r) => r.effective },
    { header: t('csv.confidence'), value: (r) => r.confidence },
    {
      header: t('csv.sources'),
      value: (r) =>
        texts === undefined
          ? r.publishers
          : [...new Set(r.citations.map((c) => texts.publisher(c.id) ?? c.publisher))].join(', '),
    },
    { header: t('csv.sourceUrls'), value: (r) => r.sourceUrls.join(' ') },
    { header: t('csv.note'), value: (r) => rowNote(r, locale)?.text ?? null },
  ]
}

/** `texts`: the measure titles and publishers in the reader's language (else the rows' own). */
export function goodsToCsv(
  i18n: Pick<I18n, 't' | 'locale'>,
  rows: readonly GoodsRow[],
  texts?: GoodsTexts,
): string {
  return UTF8_BOM + toCsv(rows, goodsCsvColumns(i18n, texts))
}

/** "japan-russia-banned-goods-all-as-of-2022-12-05.csv", "-filtered-" for the rows shown, "-ja" in Japanese. */
export function goodsCsvFileName(scope: 'all' | 'filtered', asOf: string, locale: Locale = 'en'): string {
  return `japan-russia-banned-goods-${scope}-as-of-${asOf}${locale === 'en' ? '' : `-${locale}`}.csv`
}
