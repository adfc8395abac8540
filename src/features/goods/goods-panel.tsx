import { useMemo, useState } from 'react'

import type { Dataset } from '@/data/schema'
import { goodsFacets, indexDataset, queryGoods, type GoodsRow } from '@/data/shape/goods-rows'
import { formatNumber } from '@/lib/format'
import { downloadBlob } from '@/lib/download'
import { queryTerms } from '@/lib/normalize-text'
import { useDashboardStore } from '@/state/store'

import { GoodsControls } from './goods-controls'
import { GoodsTable } from './goods-table'

/** The banned-goods explorer: search, filters, sort, count, CSV, over an index built once per dataset. */
export function GoodsPanel({ dataset }: { dataset: Dataset }) {
  const view = useDashboardStore((s) => s.view)
  const setSort = useDashboardStore((s) => s.setGoodsSort)
  const clear = useDashboardStore((s) => s.clearGoodsFilters)
  const index = useMemo(() => indexDataset(dataset), [dataset])
  const facets = useMemo(() => goodsFacets(index.rows), [index])
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
      <GoodsControls categories={facets.categories} tranches={facets.tranches} />
      <div className="goods-summary">
        <p role="status" aria-live="polite" className="goods-count">
          {formatNumber(order.length)} of {formatNumber(total)} items
        </p>
        <CsvButtons
          shown={() => Array.from(order, (i) => index.rows[i]).filter((r): r is GoodsRow => r !== undefined)}
          all={() => index.rows}
          asOf={dataset.meta.asOf}
          shownCount={order.length}
        />
      </div>
      {order.length === 0 ? (
        <div className="chart-empty">
          <p>No banned goods match the search and filters.</p>
          <button type="button" onClick={clear}>
            Clear search and filters
          </button>
        </div>
      ) : (
        <GoodsTable rows={index.rows} order={order} terms={terms} sort={view.goodsSort} onSort={setSort} />
      )}
    </div>
  )
}

interface CsvButtonsProps {
  shown: () => GoodsRow[]
  all: () => GoodsRow[]
  asOf: string
  shownCount: number
}

function CsvButtons({ shown, all, asOf, shownCount }: CsvButtonsProps) {
  const [error, setError] = useState<string | null>(null)
  const save = async (scope: 'filtered' | 'all') => {
    try {
      const { goodsToCsv, goodsCsvFileName } = await import('./goods-csv')
      const csv = goodsToCsv(scope === 'all' ? all() : shown())
      downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), goodsCsvFileName(scope, asOf))
      setError(null)
    } catch (e) {
      setError(`The CSV could not be made: ${e instanceof Error ? e.message : String(e)}`)
    }
  }
  return (
    <div className="csv-buttons">
      <button type="button" onClick={() => void save('filtered')} disabled={shownCount === 0}>
        Download CSV (rows shown)
      </button>
      <button type="button" onClick={() => void save('all')}>
        Download CSV (all rows)
      </button>
      {error === null ? null : (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </div>
  )
}
