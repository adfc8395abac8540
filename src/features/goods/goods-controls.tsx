import { formatDate, formatNumber } from '@/lib/format'
import { useDashboardStore } from '@/state/store'

interface GoodsControlsProps {
  categories: ReadonlyArray<[string, number]>
  tranches: ReadonlyArray<{ id: string; label: string; announced: string; count: number }>
}

/** Search, categories (several at once) and tranche; the state lives in the URL like the rest of the view. */
export function GoodsControls({ categories, tranches }: GoodsControlsProps) {
  const search = useDashboardStore((s) => s.view.goodsSearch)
  const selected = useDashboardStore((s) => s.view.goodsCategories)
  const tranche = useDashboardStore((s) => s.view.goodsTranche)
  const setSearch = useDashboardStore((s) => s.setGoodsSearch)
  const setCategories = useDashboardStore((s) => s.setGoodsCategories)
  const setTranche = useDashboardStore((s) => s.setGoodsTranche)
  const all = categories.map(([c]) => c)

  const toggle = (category: string) => {
    const current = selected ?? all
    const next = current.includes(category) ? current.filter((c) => c !== category) : [...current, category]
    setCategories(all.every((c) => next.includes(c)) ? null : next)
  }

  return (
    <div className="goods-controls">
      <label className="goods-search">
        Search banned goods
        <input
          type="search"
          value={search}
          placeholder="Item, category or HS code, e.g. quantum, 量子, 2208"
          onChange={(e) => setSearch(e.target.value)}
          autoComplete="off"
          spellCheck={false}
        />
      </label>
      <label className="goods-tranche">
        Tranche
        <select
          value={tranche ?? ''}
          onChange={(e) => setTranche(e.target.value === '' ? null : e.target.value)}
        >
          <option value="">All tranches</option>
          {tranches.map((t) => (
            <option key={t.id} value={t.id}>
              {formatDate(t.announced)}: {t.label} ({formatNumber(t.count)})
            </option>
          ))}
        </select>
      </label>
      <fieldset className="goods-categories">
        <legend>Category</legend>
        <div className="type-filter-actions">
          <button type="button" onClick={() => setCategories(null)} disabled={selected === null}>
            All
          </button>
          <button type="button" onClick={() => setCategories([])} disabled={selected?.length === 0}>
            None
          </button>
        </div>
        <ul className="type-options">
          {categories.map(([category, n]) => (
            <li key={category}>
              <label>
                <input
                  type="checkbox"
                  checked={selected === null || selected.includes(category)}
                  onChange={() => toggle(category)}
                />
                <span>
                  {category} <span className="count">({formatNumber(n)})</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </div>
  )
}
