import { memo, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react'
import { flushSync } from 'react-dom'
import { createRoot, type Root } from 'react-dom/client'

import { CONFIDENCE_KEYS } from '@/components/confidence-badge'
import { PickedText } from '@/components/local-text'
import { SourceLink } from '@/components/source-link'
import { typeName } from '@/data/labels'
import {
  rowNote,
  type GoodsRow,
  type GoodsRows,
  type GoodsSort,
  type GoodsSortKey,
} from '@/data/goods/goods-index'
import { pickText } from '@/lib/i18n/pick-text'
import { whenIdle, whenIdleSteps } from '@/lib/idle'
import { useI18n } from '@/state/use-i18n'

import { Highlight } from './highlight'

const COLUMNS = [
  ['name', 'goods.colItem'],
  ['category', 'goods.colCategory'],
  ['measure', 'goods.colMeasure'],
  ['effective', 'goods.colEffective'],
  ['hs', 'goods.colHs'],
  ['source', 'goods.colSource'],
] as const satisfies ReadonlyArray<[GoodsSortKey, string]>

/** Texts of a row's measure and sources in the reader's language, looked up by id (rows hold their key texts). */
export interface GoodsTexts {
  measureTitle: (measureId: string) => string | undefined
  publisher: (sourceId: string) => string | undefined
}

/** Fixed widths, so rows keep their height as they scroll in and out of view. */
const COLUMN_WIDTHS = ['34%', '13%', '19%', '10%', '10%', '14%']

/**
 * Every row has this height (CSS clips each cell to it, and shows the whole cell on hover or focus), so
 * the rows in view follow from the scroll position alone: nothing is measured, and a keystroke renders
 * only the ~30 rows in view however many rows match.
 */
export const GOODS_ROW_HEIGHT = 80
/**
 * Rows rendered beyond each edge of the view, so a fast scroll does not show blank space. A new result
 * (a keystroke in the search) renders only the rows in view and adds these once the browser is idle:
 * they were 4 of the 11 rows a keystroke rendered (A/B over the bench's search: 1–2 ms less per keystroke).
 */
const OVERSCAN = 3
/** The view's height before it has been laid out (and in jsdom, which has no layout). */
const INITIAL_VIEW_HEIGHT = 560
const ROW_STYLE = { height: GOODS_ROW_HEIGHT }

interface GoodsTableProps {
  rows: GoodsRows
  /** Indices into rows, in display order. */
  order: ArrayLike<number>
  terms: readonly string[]
  sort: GoodsSort
  onSort: (sort: GoodsSort) => void
  texts: GoodsTexts
}

/** The first row in view and how many rows the view shows; changes only when a row boundary is crossed. */
function useRowWindow(scrollRef: RefObject<HTMLDivElement | null>): { first: number; fit: number } {
  const [win, setWin] = useState({ first: 0, fit: Math.ceil(INITIAL_VIEW_HEIGHT / GOODS_ROW_HEIGHT) })
  useLayoutEffect(() => {
    const el = scrollRef.current
    if (el === null) return
    const update = () => {
      const top = el.scrollTop
      const first = Math.floor(top / GOODS_ROW_HEIGHT)
      // The rows the view cuts, partly shown ones included. The sticky header's height is not taken off
      // the view, so this may count one row more than is seen: cheaper than measuring the header.
      const fit = Math.ceil((top + (el.clientHeight || INITIAL_VIEW_HEIGHT)) / GOODS_ROW_HEIGHT) - first
      setWin((w) => (w.first === first && w.fit === fit ? w : { first, fit }))
    }
    el.addEventListener('scroll', update, { passive: true })
    // The observer reports the first size once layout has run anyway; reading it here instead would
    // force a layout of the whole page inside the first render's task.
    const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update)
    if (resize === null) update()
    else resize.observe(el)
    return () => {
      el.removeEventListener('scroll', update)
      resize?.disconnect()
    }
  }, [scrollRef])
  return win
}

/**
 * How many rows to render beyond the view for this result: none for a result not yet painted, OVERSCAN
 * once the browser has painted it and is idle (scrolling an unchanged result always has them).
 */
function useOverscan(order: ArrayLike<number>): number {
  const [painted, setPainted] = useState(order)
  useEffect(() => {
    if (painted === order) return
    return whenIdle(() => setPainted(order))
  }, [order, painted])
  return painted === order ? OVERSCAN : 0
}

/**
 * The goods as a table that renders only the rows in view (plus a margin), so 100,000 rows scroll
 * and filter as fast as 100. Spacer rows keep the scroll height; aria-rowcount/rowindex keep the
 * table's true size for screen readers.
 */
export const GoodsTable = memo(function GoodsTable({
  rows,
  order,
  terms,
  sort,
  onSort,
  texts,
}: GoodsTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const { t } = useI18n()
  const { first, fit } = useRowWindow(scrollRef)
  const overscan = useOverscan(order)
  // A new search can leave the old scroll position past the end until the browser clamps it.
  const from = Math.min(first, Math.max(0, order.length - fit))
  const start = Math.max(0, from - overscan)
  const end = Math.min(order.length, from + fit + overscan)
  const top = start * GOODS_ROW_HEIGHT
  const bottom = (order.length - end) * GOODS_ROW_HEIGHT
  const shown = []
  for (let k = start; k < end; k++) {
    const i = order[k]
    const row = i === undefined ? undefined : rows.at(i)
    // Keyed by position: a new search puts other rows in the same places, and React then updates the
    // rows' text in place instead of building new rows.
    if (row !== undefined)
      shown.push(<GoodsTableRow key={k} row={row} position={k} terms={terms} texts={texts} />)
  }

  return (
    <div
      ref={scrollRef}
      className="goods-scroll"
      // A scrolling region must be reachable by keyboard (WCAG 2.1.1), hence the tabIndex.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      role="region"
      aria-label={t('goods.listLabel')}
    >
      <table className="goods-table" aria-rowcount={order.length + 1}>
        <caption className="visually-hidden">{t('goods.caption')}</caption>
        <colgroup>
          {COLUMN_WIDTHS.map((w, i) => (
            <col key={i} style={{ width: w }} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {COLUMNS.map(([key, label]) => (
              <th
                key={key}
                scope="col"
                aria-sort={sort.key === key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
              >
                <button
                  type="button"
                  className="sort-button"
                  onClick={() =>
                    onSort({ key, dir: sort.key === key && sort.dir === 'asc' ? 'desc' : 'asc' })
                  }
                >
                  {t(label)}
                  <span aria-hidden="true">
                    {sort.key === key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ' ↕'}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {top > 0 ? (
            <tr aria-hidden="true" className="spacer">
              <td colSpan={COLUMNS.length} style={{ height: top }} />
            </tr>
          ) : null}
          {shown}
          {bottom > 0 ? (
            <tr aria-hidden="true" className="spacer">
              <td colSpan={COLUMNS.length} style={{ height: bottom }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  )
})

interface GoodsTableRowProps {
  row: GoodsRow
  /** Position in the filtered list, from 0. */
  position: number
  terms: readonly string[]
  texts: GoodsTexts
}

/**
 * One row. Memoised on its row, position and search terms, so scrolling renders only the rows that come
 * into view and a search re-renders only the places whose row or highlight changed; each cell's content
 * is clipped to the fixed row height, and hovering or focusing a cell shows all of it (app.css). The lines
 * carry no `title` copy of their text: the hover already shows it, and setting four long attributes per
 * row on every keystroke cost ~0.5 ms of the keystroke's frame (A/B over the bench's search, 96 keystrokes).
 */
const GoodsTableRow = memo(function GoodsTableRow({ row, position, terms, texts }: GoodsTableRowProps) {
  const { t, fmt, locale } = useI18n()
  // The name in the reader's language first, the other language below it. A text shown in the other
  // language (the reader's is missing) is marked so, as LocalText marks it.
  const name = pickText({ en: row.name, ja: row.nameJa }, locale)
  const second = name === null || name.fallback ? null : locale === 'en' ? row.nameJa : row.name
  const note = rowNote(row, locale)
  const measureTitle = texts.measureTitle(row.measureId) ?? row.measureTitle
  const category = pickText({ en: row.category, ja: row.categoryJa }, locale)
  const highlight = (text: string) => <Highlight text={text} terms={terms} />
  return (
    <tr
      aria-rowindex={position + 2}
      className={row.unidentified ? 'row-unidentified' : undefined}
      style={ROW_STYLE}
    >
      <td>
        <div className="goods-cell">
          <div className="goods-line">
            {name === null ? (
              <em className="unidentified">{highlight(t('goods.unidentified'))}</em>
            ) : (
              <PickedText picked={name} t={t} render={highlight} />
            )}
          </div>
          {second === null ? null : (
            <div lang={locale === 'en' ? 'ja' : 'en'} className="name-other goods-line">
              <Highlight text={second} terms={terms} />
            </div>
          )}
          {note === null ? null : (
            <div className="muted goods-line">
              <PickedText picked={note} t={t} markFirst />
            </div>
          )}
        </div>
      </td>
      <td>
        <div className="goods-cell">
          {category === null ? row.category : <PickedText picked={category} t={t} render={highlight} />}
        </div>
      </td>
      <td>
        <div className="goods-cell">
          <span className="measure-type">{typeName(t, row.measureType)}</span>
          <div className="goods-line">{measureTitle}</div>
          <div className="muted">{t('goods.announced', { date: fmt.date(row.announced) })}</div>
        </div>
      </td>
      <td>
        <div className="goods-cell">
          <time dateTime={row.effective}>{fmt.date(row.effective)}</time>
        </div>
      </td>
      <td>
        <div className="goods-cell">
          {row.hsCodes.length === 0 ? (
            <span className="muted">{t('goods.noHs')}</span>
          ) : (
            <Highlight text={row.hsCodes.join(', ')} terms={terms} />
          )}
        </div>
      </td>
      <td>
        <div className="goods-cell">
          <ul className="citations">
            {row.citations.map((c) => (
              <li key={c.id}>
                <SourceLink url={c.url}>{texts.publisher(c.id) ?? c.publisher}</SourceLink>
              </li>
            ))}
          </ul>
          <div className="muted">{t(CONFIDENCE_KEYS[row.confidence])}</div>
        </div>
      </td>
    </tr>
  )
})

/** Rows the warm-up renders: as many as a view shows. */
const WARM_ROWS = 8

/**
 * Renders a few rows into a detached root in idle steps (with search marks, then others, then none) and
 * drops them; returns a function that cancels the steps left and drops the root. The first keystroke of
 * a search was otherwise the rows' first render with marks and changed text: it ran React's reconciler
 * and the row's code cold (9–12 ms of script against 4–5 ms for the next keystrokes, with V8
 * deoptimising React's commit functions). Nothing is attached to the page, so nothing is laid out.
 */
export function warmGoodsTableWhenIdle(rows: GoodsRows, texts: GoodsTexts): () => void {
  const sample: GoodsRow[] = []
  for (let i = 0; i < Math.min(rows.length, WARM_ROWS); i++) {
    const row = rows.at(i)
    if (row !== undefined) sample.push(row)
  }
  if (sample.length === 0) return () => {}
  let root: Root | null = null
  const render = (terms: readonly string[], shift: number) =>
    flushSync(() =>
      root?.render(
        <table>
          <tbody>
            {sample.map((_, k) => (
              <GoodsTableRow
                key={k}
                row={sample[(k + shift) % sample.length] as GoodsRow}
                position={k}
                terms={terms}
                texts={texts}
              />
            ))}
          </tbody>
        </table>,
      ),
    )
  const drop = () => {
    root?.unmount()
    root = null
  }
  const cancel = whenIdleSteps([
    () => {
      root = createRoot(document.createElement('div'))
      render([], 0)
    },
    () => render(['e'], 1),
    () => render(['a', '8'], 2),
    () => render([], 0),
    drop,
  ])
  return () => {
    cancel()
    // Not in the caller's commit (an effect's cleanup): React refuses to unmount a root while rendering.
    if (root !== null) setTimeout(drop, 0)
  }
}
