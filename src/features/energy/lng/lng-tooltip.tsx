import { Fragment, type ReactNode } from 'react'

import { useI18n } from '@/state/use-i18n'

import {
  confidenceWord,
  formatAlternative,
  formatFigure,
  formatValue,
  ordinal,
  supplierName,
} from '@/features/energy/energy-data'
import { basisWord, type LngBarDatum } from './lng-chart-data'

interface LngTooltipProps {
  active?: boolean
  payload?: ReadonlyArray<{ payload?: unknown }>
  sourceLabel: (ids: readonly string[]) => string
}

/** A supplier's share and tonnes, each with its basis, source and confidence. */
export function LngTooltip({ active, payload, sourceLabel }: LngTooltipProps) {
  const i18n = useI18n()
  const { t, parts } = i18n
  // recharts hands back the datum it was given.
  const datum = payload?.[0]?.payload as LngBarDatum | undefined
  if (active !== true || datum === undefined) return null
  const { row } = datum
  const pieces = (list: readonly ReactNode[]) => list.map((piece, i) => <Fragment key={i}>{piece}</Fragment>)
  return (
    <div className="chart-tooltip">
      <p className="tooltip-title">
        {row.rank === null
          ? t('energy.lng.tooltip.remainder', { country: supplierName(i18n, row) })
          : t('energy.lng.tooltip.ranked', {
              country: supplierName(i18n, row),
              rank: ordinal(i18n, row.rank),
            })}
      </p>
      <p>
        {pieces(
          parts('energy.lng.tooltip.share', {
            value: <strong>{formatFigure(i18n, row.share)}</strong>,
            confidence: confidenceWord(t, row.share.confidence),
            sources: sourceLabel(row.share.sourceIds),
          }),
        )}
      </p>
      {row.share.alternatives.map((a, i) => (
        <p key={i} className="tooltip-alt">
          {t('energy.figure.alsoReported', {
            values: formatAlternative(i18n, a, row.share.unit, sourceLabel),
          })}
        </p>
      ))}
      {row.tonnes === null || row.tonnesBasis === null ? null : (
        <p>
          {pieces(
            parts('energy.lng.tooltip.tonnes', {
              value: <strong>{formatValue(i18n, row.tonnes.value, 'Mt')}</strong>,
              basis: basisWord(i18n, row.tonnesBasis),
              confidence: confidenceWord(t, row.tonnes.confidence),
              sources: sourceLabel(row.tonnes.sourceIds),
            }),
          )}
        </p>
      )}
      {row.tonnesBasis === 'published' && row.derivedTonnes !== null ? (
        <p className="tooltip-alt">
          {t('energy.lng.tooltip.derived', { value: formatValue(i18n, row.derivedTonnes.value, 'Mt') })}
        </p>
      ) : null}
    </div>
  )
}
