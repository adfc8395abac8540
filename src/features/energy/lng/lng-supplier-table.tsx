import { ConfidenceBadge } from '@/components/confidence-badge'
import type { Figure } from '@/data/validate/schema'
import { sumOfShares, type SupplierRow } from '@/data/shape/lng'
import { useI18n } from '@/state/use-i18n'

import {
  confidenceWord,
  formatFigure,
  formatUnitNumber,
  formatValue,
  ordinal,
  type EnergyI18n,
  type TargetCountry,
  supplierName,
} from '@/features/energy/energy-data'

interface LngSupplierTableProps {
  caption: string
  rows: readonly SupplierRow[]
  /** Japan's total imports, shown under the tonnes so the reader can check the sum. */
  total: Figure | null
  target: TargetCountry
  sourceLabel: (ids: readonly string[]) => string
}

/** The chart's numbers as a table: share and tonnes side by side, each tonnage with its basis. */
export function LngSupplierTable({ caption, rows, total, target, sourceLabel }: LngSupplierTableProps) {
  const i18n = useI18n()
  const { t, fmt } = i18n
  const missing = t('energy.missing')
  return (
    <div className="table-scroll">
      <table className="lng-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('energy.lng.table.rank')}</th>
            <th scope="col">{t('energy.lng.table.supplier')}</th>
            <th scope="col">{t('energy.lng.table.share')}</th>
            <th scope="col">{t('energy.lng.table.tonnes')}</th>
            <th scope="col">{t('energy.lng.table.basis')}</th>
            <th scope="col">{t('energy.lng.table.shareSource')}</th>
            <th scope="col">{t('energy.lng.table.confidence')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className={r.country === target.name ? 'lng-row-target' : undefined}>
              <td>{r.rank === null ? '–' : ordinal(i18n, r.rank)}</td>
              <th scope="row">{supplierName(i18n, r)}</th>
              <td className="num">{formatFigure(i18n, r.share)}</td>
              <td className="num">
                {r.tonnes === null ? missing : formatUnitNumber(i18n, r.tonnes.value, 'Mt')}
              </td>
              <td>{basis(i18n, r, sourceLabel)}</td>
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
            <th scope="row">{t('energy.lng.table.all')}</th>
            <td className="num">{fmt.percent(sumOfShares(rows))}</td>
            <td className="num">{total === null ? missing : formatUnitNumber(i18n, total.value, 'Mt')}</td>
            <td>
              {total === null
                ? '–'
                : t('energy.lng.table.total', { confidence: confidenceWord(t, total.confidence) })}
            </td>
            <td>{total === null ? '–' : sourceLabel(total.sourceIds)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  )
}

function basis(i18n: EnergyI18n, r: SupplierRow, sourceLabel: (ids: readonly string[]) => string): string {
  const { t } = i18n
  if (r.tonnes === null) return '–'
  const confidence = confidenceWord(t, r.tonnes.confidence)
  if (r.tonnesBasis === 'published') {
    const params = { sources: sourceLabel(r.tonnes.sourceIds), confidence }
    return r.derivedTonnes === null
      ? t('energy.lng.basis.published', params)
      : t('energy.lng.basis.publishedDerived', {
          ...params,
          derived: formatValue(i18n, r.derivedTonnes.value, 'Mt'),
        })
  }
  return t('energy.lng.basis.derived', { confidence })
}
