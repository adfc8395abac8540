import { formatNumber } from '@/lib/format'

import { formatAlternative, formatFigure, ordinal } from './energy-data'
import type { LngBarDatum } from './lng-chart-data'

interface LngTooltipProps {
  active?: boolean
  payload?: ReadonlyArray<{ payload?: unknown }>
  sourceLabel: (ids: readonly string[]) => string
}

/** A supplier's share and tonnes, each with its basis, source and confidence. */
export function LngTooltip({ active, payload, sourceLabel }: LngTooltipProps) {
  // recharts hands back the datum it was given.
  const datum = payload?.[0]?.payload as LngBarDatum | undefined
  if (active !== true || datum === undefined) return null
  const { row } = datum
  return (
    <div className="chart-tooltip">
      <p className="tooltip-title">
        {row.country}
        {row.rank === null ? ' (remainder, not ranked)' : ` (${ordinal(row.rank)})`}
      </p>
      <p>
        Share: <strong>{formatFigure(row.share)}</strong> · {row.share.confidence} confidence ·{' '}
        {sourceLabel(row.share.sourceIds)}
      </p>
      {row.share.alternatives.map((a, i) => (
        <p key={i} className="tooltip-alt">
          Also reported: {formatAlternative(a, row.share.unit, sourceLabel)}
        </p>
      ))}
      {row.tonnes === null ? null : (
        <p>
          Tonnes: <strong>{formatNumber(row.tonnes.value)} Mt</strong> {row.tonnesBasis} ·{' '}
          {row.tonnes.confidence} confidence · {sourceLabel(row.tonnes.sourceIds)}
        </p>
      )}
      {row.tonnesBasis === 'published' && row.derivedTonnes !== null ? (
        <p className="tooltip-alt">Derived from the share: {formatNumber(row.derivedTonnes.value)} Mt</p>
      ) : null}
    </div>
  )
}
