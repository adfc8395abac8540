import { useDeferredValue, useMemo, useState } from 'react'

import type { Dataset } from '@/data/schema'
import { goodsFacets, indexDataset, queryGoods, type GoodsRow } from '@/data/shape/goods-rows'
import { downloadBlob } from '@/lib/download'
import type { I18n } from '@/lib/i18n/i18n'
import { pickText } from '@/lib/i18n/pick-text'
import { queryTerms } from '@/lib/normalize-text'
import { useDashboardStore } from '@/state/store'
import { useI18n } from '@/state/use-i18n'

import { GoodsControls } from './goods-controls'
import { GoodsTable } from './goods-table'

/** The banned-goods explorer: search, filters, sort, count, CSV, over an index built once per dataset. */
export function GoodsPanel({ dataset }: { dataset: Dataset }) {
  const view = useDashboardStore((s) => s.view)
  const setSort = useDashboardStore((s) => s.setGoodsSort)
  const clear = useDashboardStore((s) => s.clearGoodsFilters)
  const index = useMemo(() => indexDataset(dataset), [dataset])
  const facets = useMemo(() => goodsFacets(index.rows), [index])
  const i18n = useI18n()
  const { t } = i18n
  // Categories are keyed by their English name (links work in either language), shown in the reader's.
  const categoryLabel = useMemo(() => {
    const ja = new Map(index.rows.map((r) => [r.category, r.categoryJa]))
    return (key: string) => pickText({ en: key, ja: ja.get(key) ?? null }, i18n.locale)?.text ?? key
  }, [index, i18n.locale])
  // Typing stays responsive while a large list re-filters behind it.
  const search = useDeferredValue(view.goodsSearch)
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
          shown={() => order.map((i) => index.rows[i]).filter((r): r is GoodsRow => r !== undefined)}
          all={() => index.rows}
          asOf={dataset.meta.asOf}
          i18n={i18n}
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
  i18n: I18n
}

function CsvButtons({ shown, all, asOf, shownCount, i18n }: CsvButtonsProps) {
  const { t } = i18n
  const [error, setError] = useState<string | null>(null)
  const save = async (scope: 'filtered' | 'all') => {
    try {
      const { goodsToCsv, goodsCsvFileName } = await import('./goods-csv')
      const csv = goodsToCsv(i18n, scope === 'all' ? all() : shown())
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
