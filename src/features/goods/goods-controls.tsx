import { memo, useMemo, type ReactElement } from 'react'

import { AllNoneButtons } from '@/components/all-none-buttons'
import { useProgressiveCount } from '@/components/use-progressive-count'
import type { I18n } from '@/lib/i18n/i18n'
import { useDashboardStore } from '@/state/store'
import { useI18n } from '@/state/use-i18n'

interface GoodsControlsProps {
  categories: ReadonlyArray<[string, number]>
  /** A category's name in the reader's language. */
  categoryLabel: (key: string) => string
  tranches: ReadonlyArray<{ id: string; label: string; announced: string; count: number }>
}

/**
 * Tranche options added per idle moment in a long list: a select's own upkeep grows with its options,
 * and adding 500 to one of 10,000 took 25–50 ms of style, layout and option bookkeeping.
 */
const TRANCHE_STEP = 200

/** Search, categories (several at once) and tranche; the state lives in the URL like the rest of the view. */
export const GoodsControls = memo(function GoodsControls({
  categories,
  categoryLabel,
  tranches,
}: GoodsControlsProps) {
  const tranche = useDashboardStore((s) => s.view.goodsTranche)
  const setTranche = useDashboardStore((s) => s.setGoodsTranche)
  const { t, fmt } = useI18n()
  const shown = useProgressiveCount(tranches.length, TRANCHE_STEP)
  const option = useMemo(() => trancheOptions(tranches, t, fmt), [tranches, t, fmt])
  const options = Array.from({ length: shown }, (_, k) => option(k))
  // Past the options shown so far, the chosen one, so that the list shows it.
  const chosen = tranche === null ? -1 : tranches.findIndex((tr) => tr.id === tranche)

  return (
    <div className="goods-controls">
      <SearchBox />
      <label className="goods-tranche">
        {t('goods.tranche')}
        <select
          value={tranche ?? ''}
          onChange={(e) => setTranche(e.target.value === '' ? null : e.target.value)}
        >
          <option value="">{t('goods.allTranches')}</option>
          {options}
          {chosen >= shown ? option(chosen) : null}
        </select>
      </label>
      <CategoryFilter categories={categories} categoryLabel={categoryLabel} />
    </div>
  )
})

/**
 * The tranche options, each built when it is first asked for and then kept: a step of a long list builds
 * only the options it adds (formatting 10,000 labels at once took ~20 ms).
 */
function trancheOptions(
  tranches: GoodsControlsProps['tranches'],
  t: I18n['t'],
  fmt: I18n['fmt'],
): (k: number) => ReactElement | null {
  const built = new Map<number, ReactElement>()
  return (k) => {
    const tr = tranches[k]
    if (tr === undefined) return null
    let element = built.get(k)
    if (element === undefined) {
      element = (
        <option key={tr.id} value={tr.id}>
          {t('goods.trancheOption', { date: fmt.date(tr.announced), title: tr.label, count: tr.count })}
        </option>
      )
      built.set(k, element)
    }
    return element
  }
}

/** The search box: the only control a keystroke renders again (the controls beside it are memoised). */
function SearchBox() {
  const search = useDashboardStore((s) => s.view.goodsSearch)
  const setSearch = useDashboardStore((s) => s.setGoodsSearch)
  const { t } = useI18n()
  return (
    <label className="goods-search">
      {t('goods.search')}
      <input
        type="search"
        value={search}
        placeholder={t('goods.searchHint')}
        onChange={(e) => setSearch(e.target.value)}
        autoComplete="off"
        spellCheck={false}
      />
    </label>
  )
}

/** The category checkboxes (a hundred in the bundled dataset), rendered again only when they change. */
const CategoryFilter = memo(function CategoryFilter({
  categories,
  categoryLabel,
}: Pick<GoodsControlsProps, 'categories' | 'categoryLabel'>) {
  const selected = useDashboardStore((s) => s.view.goodsCategories)
  const setCategories = useDashboardStore((s) => s.setGoodsCategories)
  const { t } = useI18n()
  const shown = useProgressiveCount(categories.length)
  const all = categories.map(([c]) => c)

  const toggle = (category: string) => {
    const current = selected ?? all
    const next = current.includes(category) ? current.filter((c) => c !== category) : [...current, category]
    setCategories(all.every((c) => next.includes(c)) ? null : next)
  }

  return (
    <fieldset className="goods-categories">
      <legend>{t('goods.category')}</legend>
      <AllNoneButtons
        onAll={() => setCategories(null)}
        onNone={() => setCategories([])}
        allSelected={selected === null}
        noneSelected={selected?.length === 0}
      />
      <ul className="type-options">
        {categories.slice(0, shown).map(([category, n]) => (
          <li key={category}>
            <label>
              <input
                type="checkbox"
                checked={selected === null || selected.includes(category)}
                onChange={() => toggle(category)}
              />
              <span>
                {categoryLabel(category)} <span className="count">{t('filter.typeCount', { count: n })}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  )
})
