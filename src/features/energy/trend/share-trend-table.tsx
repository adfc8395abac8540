import type { TrendSeries } from '@/data/shape/share-trend'
import { useI18n } from '@/state/use-i18n'

import { formatFigure } from '@/features/energy/energy-data'
import { TREND_NAME_KEYS } from './trend-style'

interface ShareTrendTableProps {
  caption: string
  series: readonly TrendSeries[]
  sourceLabel: (ids: readonly string[]) => string
}

/** Every share the chart draws, one row each, with how it was obtained and its sources. */
export function ShareTrendTable({ caption, series, sourceLabel }: ShareTrendTableProps) {
  const i18n = useI18n()
  const { t } = i18n
  return (
    <div className="table-scroll">
      <table className="trend-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('energy.trend.table.commodity')}</th>
            <th scope="col">{t('energy.phaseOut.table.year')}</th>
            <th scope="col">{t('energy.phaseOut.table.share')}</th>
            <th scope="col">{t('energy.trend.table.basis')}</th>
            <th scope="col">{t('energy.phaseOut.table.source')}</th>
            <th scope="col">{t('energy.phaseOut.table.confidence')}</th>
          </tr>
        </thead>
        <tbody>
          {series.flatMap((s) =>
            s.points.map((d) => (
              <tr key={d.id}>
                <th scope="row">{t(TREND_NAME_KEYS[s.commodity])}</th>
                <td className="num">{d.year}</td>
                <td className="num">{formatFigure(i18n, d.share)}</td>
                <td>{d.share.derived ? t('energy.basis.derived') : t('energy.trend.table.published')}</td>
                <td>{sourceLabel(d.share.sourceIds)}</td>
                <td>{t(`confidence.${d.share.confidence}`)}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  )
}
