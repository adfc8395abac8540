import { useMemo } from 'react'

import type { Dataset } from '@/data/schema'
import { filterGoods } from '@/data/shape/filter'
import { formatNumber, plural } from '@/lib/format'
import { useDashboardStore } from '@/state/store'

/** Interim view of the goods panel: rows per category, until the explorer (issue #4) lands. */
export function GoodsPanel({ dataset }: { dataset: Dataset }) {
  const types = useDashboardStore((s) => s.view.types)
  const from = useDashboardStore((s) => s.view.from)
  const to = useDashboardStore((s) => s.view.to)
  const goods = useMemo(
    () => filterGoods(dataset.goods, dataset.measures, { types, from, to }),
    [dataset, types, from, to],
  )
  const categories = useMemo(() => {
    const counts = new Map<string, { rows: number; unidentified: number }>()
    for (const g of goods) {
      const c = counts.get(g.category) ?? { rows: 0, unidentified: 0 }
      c.rows += 1
      if (g.unidentified) c.unidentified += 1
      counts.set(g.category, c)
    }
    return [...counts].sort((a, b) => b[1].rows - a[1].rows)
  }, [goods])
  const unidentified = goods.filter((g) => g.unidentified).length
  if (goods.length === 0) {
    return <p>No banned goods match the current filters ({plural(dataset.goods.length, 'row')} in all).</p>
  }

  return (
    <>
      <p>
        {plural(goods.length, 'item or item group', 'items or item groups')} of{' '}
        {formatNumber(dataset.goods.length)} match the filters, of which {formatNumber(unidentified)} are
        counted by a source but not identified in published sources.
      </p>
      <div className="table-scroll">
        <table>
          <caption>Banned goods by category</caption>
          <thead>
            <tr>
              <th scope="col">Category</th>
              <th scope="col">Rows</th>
              <th scope="col">Not identified</th>
            </tr>
          </thead>
          <tbody>
            {categories.map(([name, c]) => (
              <tr key={name}>
                <td>{name}</td>
                <td className="num">{formatNumber(c.rows)}</td>
                <td className="num">{formatNumber(c.unidentified)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
