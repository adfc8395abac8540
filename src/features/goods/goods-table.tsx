import { useVirtualizer } from '@tanstack/react-virtual'
import { memo, useRef } from 'react'

import { CONFIDENCE_KEYS } from '@/components/confidence-badge'
import { SourceLink } from '@/components/source-link'
import { typeName } from '@/data/labels'
import type { GoodsRow, GoodsSort, GoodsSortKey } from '@/data/shape/goods-rows'
import { pickText } from '@/lib/i18n/pick-text'
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

/** Fixed widths, so rows keep their height as they scroll in and out of view. */
const COLUMN_WIDTHS = ['34%', '13%', '19%', '10%', '10%', '14%']

interface GoodsTableProps {
  rows: readonly GoodsRow[]
  /** Indices into rows, in display order. */
  order: readonly number[]
  terms: readonly string[]
  sort: GoodsSort
  onSort: (sort: GoodsSort) => void
}

/**
 * The goods as a table that renders only the rows in view (plus a margin), so 100,000 rows scroll
 * and filter as fast as 100. Spacer rows keep the scroll height; aria-rowcount/rowindex keep the
 * table's true size for screen readers.
 */
export const GoodsTable = memo(function GoodsTable({ rows, order, terms, sort, onSort }: GoodsTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const { t, fmt, locale } = useI18n()
  const virtualizer = useVirtualizer({
    count: order.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 52,
    // Measured heights follow the row, not its position, so a new search reuses them.
    getItemKey: (i) => rows[order[i] ?? -1]?.id ?? i,
    overscan: 8,
    initialRect: { width: 1000, height: 560 },
  })
  const items = virtualizer.getVirtualItems()
  const top = items[0]?.start ?? 0
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0)

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
          {items.map((item) => {
            const row = rows[order[item.index] ?? -1]
            if (row === undefined) return null
            // The name in the reader's language first, the other language below it.
            const name = pickText({ en: row.name, ja: row.nameJa }, locale)
            const second = name === null || name.fallback ? null : locale === 'en' ? row.nameJa : row.name
            return (
              <tr
                key={row.id}
                ref={virtualizer.measureElement}
                data-index={item.index}
                aria-rowindex={item.index + 2}
                className={row.unidentified ? 'row-unidentified' : undefined}
              >
                <td>
                  {name === null ? (
                    <em className="unidentified">
                      <Highlight text={t('goods.unidentified')} terms={terms} />
                    </em>
                  ) : name.fallback ? (
                    <>
                      <span lang={name.lang}>
                        <Highlight text={name.text} terms={terms} />
                      </span>{' '}
                      <span className="lang-mark">
                        {t(name.lang === 'en' ? 'text.onlyEnglish' : 'text.onlyJapanese')}
                      </span>
                    </>
                  ) : (
                    <Highlight text={name.text} terms={terms} />
                  )}
                  {second === null ? null : (
                    <div lang={locale === 'en' ? 'ja' : 'en'} className="name-other">
                      <Highlight text={second} terms={terms} />
                    </div>
                  )}
                  {row.note === null ? null : <div className="muted">{row.note}</div>}
                </td>
                <td>
                  <Highlight
                    text={pickText({ en: row.category, ja: row.categoryJa }, locale)?.text ?? row.category}
                    terms={terms}
                  />
                </td>
                <td>
                  <span className="measure-type">{typeName(t, row.measureType)}</span>
                  <div>{row.measureTitle}</div>
                  <div className="muted">{t('goods.announced', { date: fmt.date(row.announced) })}</div>
                </td>
                <td>
                  <time dateTime={row.effective}>{fmt.date(row.effective)}</time>
                </td>
                <td>
                  {row.hsCodes.length === 0 ? (
                    <span className="muted">{t('goods.noHs')}</span>
                  ) : (
                    <Highlight text={row.hsCodes.join(', ')} terms={terms} />
                  )}
                </td>
                <td>
                  <ul className="citations">
                    {row.citations.map((c) => (
                      <li key={c.id}>
                        <SourceLink url={c.url}>{c.publisher}</SourceLink>
                      </li>
                    ))}
                  </ul>
                  <div className="muted">{t(CONFIDENCE_KEYS[row.confidence])}</div>
                </td>
              </tr>
            )
          })}
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
