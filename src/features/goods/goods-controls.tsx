import { memo, useState } from 'react'

import { AllNoneButtons } from '@/components/all-none-buttons'
import { useProgressiveCount } from '@/components/use-progressive-count'
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
/**
 * Options the list fills in by itself. Past a few thousand, each step cost the select 50–100 ms of its own
 * upkeep (10,000 tranches), so the rest come at once when the reader turns to the list (focus or press).
 */
const TRANCHE_IDLE_LIMIT = 2_000

/** Search, categories (several at once) and tranche; the state lives in the URL like the rest of the view. */
export const GoodsControls = memo(function GoodsControls({
  categories,
  categoryLabel,
  tranches,
}: GoodsControlsProps) {
  const tranche = useDashboardStore((s) => s.view.goodsTranche)
  const setTranche = useDashboardStore((s) => s.setGoodsTranche)
  const { t } = useI18n()
  const [wanted, setWanted] = useState(false)
  const filled = useProgressiveCount(Math.min(tranches.length, TRANCHE_IDLE_LIMIT), TRANCHE_STEP)
  const shown = wanted ? tranches.length : filled
  const want = () => setWanted(true)
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
          onFocus={want}
          onPointerDown={want}
        >
          <option value="">{t('goods.allTranches')}</option>
          {Array.from({ length: Math.ceil(shown / TRANCHE_STEP) }, (_, b) => (
            <TrancheOptions
              key={b}
              tranches={tranches}
              from={b * TRANCHE_STEP}
              to={Math.min(shown, (b + 1) * TRANCHE_STEP)}
            />
          ))}
          {chosen >= shown ? (
            <TrancheOptions key="chosen" tranches={tranches} from={chosen} to={chosen + 1} />
          ) : null}
        </select>
      </label>
      <CategoryFilter categories={categories} categoryLabel={categoryLabel} />
    </div>
  )
})

/**
 * One step's tranche options. Memoised, so each step of a long list renders only the block it adds
 * (rendering all 10,000 options again at each step took most of a step's time).
 */
const TrancheOptions = memo(function TrancheOptions({
  tranches,
  from,
  to,
}: {
  tranches: GoodsControlsProps['tranches']
  from: number
  to: number
}) {
  const { t, fmt } = useI18n()
  return tranches.slice(from, to).map((tr) => (
    <option key={tr.id} value={tr.id}>
      {t('goods.trancheOption', { date: fmt.date(tr.announced), title: tr.label, count: tr.count })}
    </option>
  ))
})

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
