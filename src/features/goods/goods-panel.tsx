import { useEffect, useMemo, useState } from 'react'

import type { Dataset } from '@/data/validate/schema'
import { indexDataset, type GoodsIndex, type GoodsRow, type GoodsRows } from '@/data/goods/goods-index'
import { goodsFacets, goodsSearchWarmUps, queryGoods } from '@/data/goods/goods-query'
import { downloadBlob } from '@/lib/download'
import type { I18n } from '@/lib/i18n/i18n'
import { pickText } from '@/lib/i18n/pick-text'
import { whenIdleSteps } from '@/lib/idle'
import { queryTerms } from '@/lib/normalize-text'
import { useShallow } from 'zustand/react/shallow'

import { withDeferredFilter } from '@/state/with-deferred-filter'
import type { MeasureFilter } from '@/data/shape/filter'
import { useDashboardStore } from '@/state/store'
import { useI18n } from '@/state/use-i18n'

import { GoodsControls } from './goods-controls'
import { GoodsTable, warmGoodsTableWhenIdle, type GoodsTexts } from './goods-table'

import { goods as words } from '@/lib/i18n/en/goods'
import { englishArea } from '@/lib/i18n/messages-en'

// This panel's English text comes with its code, not with the first screen (messages-en.ts).
englishArea(words)

/** The banned-goods explorer: search, filters, sort, count, CSV, over an index built once per dataset. */
export const GoodsPanel = withDeferredFilter(function GoodsPanel({
  dataset,
  filter,
}: {
  dataset: Dataset
  /** The page-wide filter, one step behind the filter bar; the goods search and filters stay live. */
  filter: MeasureFilter
}) {
  const own = useDashboardStore(
    useShallow((s) => ({
      goodsSearch: s.view.goodsSearch,
      goodsCategories: s.view.goodsCategories,
      goodsTranche: s.view.goodsTranche,
      goodsSort: s.view.goodsSort,
    })),
  )
  const view = { ...own, ...filter }
  const setSort = useDashboardStore((s) => s.setGoodsSort)
  const clear = useDashboardStore((s) => s.clearGoodsFilters)
  const index = useMemo(() => indexDataset(dataset), [dataset])
  const facets = useMemo(() => goodsFacets(index.rows), [index])
  const i18n = useI18n()
  const { t } = i18n
  // Categories are keyed by their English name (links work in either language), shown in the reader's.
  const categoryLabel = useMemo(
    () => (key: string) =>
      pickText({ en: key, ja: facets.categoryJa.get(key) ?? null }, i18n.locale)?.text ?? key,
    [facets, i18n.locale],
  )
  // The index is the same in every language; the measure titles, publishers and notes it shows are not.
  const texts = useMemo(() => goodsTexts(dataset), [dataset])
  useWarmUps(index, texts)
  // Filtered and rendered in the keystroke's own render: filtering 100,000 rows takes a few ms and only
  // the rows in view are rendered, so a deferred render would only add a frame before the rows change.
  const search = view.goodsSearch
  const order = useMemo(
    () =>
      queryGoods(index, {
        search,
        categories: view.goodsCategories,
        tranche: view.goodsTranche,
        page: { types: view.types, from: view.from, to: view.to },
        sort: view.goodsSort,
      }),
    [index, search, view.goodsCategories, view.goodsTranche, view.types, view.from, view.to, view.goodsSort],
  )
  const terms = useMemo(() => queryTerms(search), [search])
  const total = index.rows.length

  return (
    <div className="goods-panel">
      <GoodsControls
        categories={facets.categories}
        categoryLabel={categoryLabel}
        tranches={facets.tranches}
      />
      <div className="goods-summary">
        <p role="status" aria-live="polite" className="goods-count">
          {t('goods.count', { shown: order.length, count: total })}
        </p>
        <CsvButtons
          shown={() => rowsAt(index.rows, order)}
          all={() => rowsAt(index.rows, null)}
          asOf={dataset.meta.asOf}
          i18n={i18n}
          texts={texts}
          shownCount={order.length}
        />
      </div>
      {order.length === 0 ? (
        <div className="chart-empty">
          <p>{t('goods.empty')}</p>
          <button type="button" onClick={clear}>
            {t('goods.clear')}
          </button>
        </div>
      ) : (
        <GoodsTable
          rows={index.rows}
          order={order}
          terms={terms}
          sort={view.goodsSort}
          onSort={setSort}
          texts={texts}
        />
      )}
    </div>
  )
})

/**
 * Once the browser is idle, readies the first keystroke: the one-character row sets and warm-up searches
 * over a new index (goodsSearchWarmUps), and a render of rows with search marks (warmGoodsTableWhenIdle).
 */
function useWarmUps(index: GoodsIndex, texts: GoodsTexts): void {
  useEffect(() => whenIdleSteps(goodsSearchWarmUps(index)), [index])
  useEffect(() => warmGoodsTableWhenIdle(index.rows, texts), [index, texts])
}

interface CsvButtonsProps {
  shown: () => GoodsRow[]
  all: () => GoodsRow[]
  asOf: string
  shownCount: number
  i18n: I18n
  texts: GoodsTexts
}

function CsvButtons({ shown, all, asOf, shownCount, i18n, texts }: CsvButtonsProps) {
  const { t } = i18n
  const [error, setError] = useState<string | null>(null)
  const save = async (scope: 'filtered' | 'all') => {
    try {
      const { goodsToCsv, goodsCsvFileName } = await import('./goods-csv')
      const csv = goodsToCsv(i18n, scope === 'all' ? all() : shown(), texts)
      downloadBlob(
        new Blob([csv], { type: 'text/csv;charset=utf-8' }),
        goodsCsvFileName(scope, asOf, i18n.locale),
      )
      setError(null)
    } catch (e) {
      setError(t('goods.csvFailed', { error: e instanceof Error ? e.message : String(e) }))
    }
  }
  return (
    <div className="csv-buttons">
      <button type="button" onClick={() => void save('filtered')} disabled={shownCount === 0}>
        {t('goods.csvShown')}
      </button>
      <button type="button" onClick={() => void save('all')}>
        {t('goods.csvAll')}
      </button>
      {error === null ? null : (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </div>
  )
}

/**
 * Look-ups of the measures' and sources' texts (in the language the dataset was localized to) by id. The
 * goods themselves are not read: a dataset opened from a file keeps them in columns (goods/goods-store.ts).
 */
function goodsTexts(dataset: Dataset): GoodsTexts {
  const measures = new Map(dataset.measures.map((m) => [m.id, m.title]))
  const sources = new Map(dataset.sources.map((s) => [s.id, s.publisher]))
  return {
    measureTitle: (id) => measures.get(id),
    publisher: (id) => sources.get(id),
  }
}

/** The rows at `order` (every row for null), for a CSV file: rows kept in columns are built as read. */
function rowsAt(rows: GoodsRows, order: Int32Array | null): GoodsRow[] {
  const out: GoodsRow[] = []
  const n = order === null ? rows.length : order.length
  for (let k = 0; k < n; k++) {
    const row = rows.at(order === null ? k : (order[k] as number))
    if (row !== undefined) out.push(row)
  }
  return out
}
