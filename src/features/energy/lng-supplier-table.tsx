import { ConfidenceBadge } from '@/components/confidence-badge'
import type { Figure } from '@/data/schema'
import { sumOfShares, type SupplierRow } from '@/data/shape/lng'
import { formatNumber } from '@/lib/format'

import { MISSING, formatFigure, ordinal } from './energy-data'

interface LngSupplierTableProps {
  caption: string
  rows: readonly SupplierRow[]
  /** Japan's total imports, shown under the tonnes so the reader can check the sum. */
  total: Figure | null
  target: string
  sourceLabel: (ids: readonly string[]) => string
}

/** The chart's numbers as a table: share and tonnes side by side, each tonnage with its basis. */
export function LngSupplierTable({ caption, rows, total, target, sourceLabel }: LngSupplierTableProps) {
  return (
    <div className="table-scroll">
      <table className="lng-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Rank</th>
            <th scope="col">Supplier</th>
            <th scope="col">Share</th>
            <th scope="col">Tonnes (Mt)</th>
            <th scope="col">Basis of tonnes</th>
            <th scope="col">Source of share</th>
            <th scope="col">Confidence</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className={r.country === target ? 'lng-row-target' : undefined}>
              <td>{r.rank === null ? '–' : ordinal(r.rank)}</td>
              <th scope="row">{r.country}</th>
              <td className="num">{formatFigure(r.share)}</td>
              <td className="num">{r.tonnes === null ? MISSING : formatNumber(r.tonnes.value)}</td>
              <td>{basis(r, sourceLabel)}</td>
              <td>{sourceLabel(r.share.sourceIds)}</td>
              <td>
                <ConfidenceBadge confidence={r.share.confidence} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td />
            <th scope="row">All suppliers</th>
            <td className="num">{formatNumber(sumOfShares(rows))}%</td>
            <td className="num">{total === null ? MISSING : formatNumber(total.value)}</td>
            <td>{total === null ? '–' : `Japan's total imports (${total.confidence} confidence)`}</td>
            <td>{total === null ? '–' : sourceLabel(total.sourceIds)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  )
}

function basis(r: SupplierRow, sourceLabel: (ids: readonly string[]) => string): string {
  if (r.tonnes === null) return '–'
  if (r.tonnesBasis === 'published') {
    const derived = r.derivedTonnes === null ? '' : `; derived: ${formatNumber(r.derivedTonnes.value)} Mt`
    return `Published: ${sourceLabel(r.tonnes.sourceIds)}, ${r.tonnes.confidence} confidence${derived}`
  }
  return `Derived from the share, ${r.tonnes.confidence} confidence`
}
