import { Fragment } from 'react'

import type { Dataset } from '@/data/validate/schema'
import { figureById } from '@/data/shape/energy-figures'
import { isOther, type SupplierRow } from '@/data/shape/lng'
import { useI18n } from '@/state/use-i18n'

import { ENERGY_IDS, ordinal, type TargetCountry } from '@/features/energy/energy-data'
import { FigureValue } from '@/features/energy/figure-value'

interface LngCalloutProps {
  dataset: Dataset
  rows: readonly SupplierRow[]
  target: TargetCountry
}

/** The answer first: the target country's share and rank, each with its source on hover or focus. */
export function LngCallout({ dataset, rows, target }: LngCalloutProps) {
  const i18n = useI18n()
  const { t, parts } = i18n
  const row = rows.find((r) => r.country === target.name)
  const named = rows.filter((r) => !isOther(r)).length
  const rank = figureById(dataset.energy.figures, ENERGY_IDS.lngRussiaRank)
  if (row === undefined)
    return <p className="lng-callout">{t('energy.lng.callout.absent', { target: target.label })}</p>
  const pieces = parts('energy.lng.callout', {
    count: named,
    target: <span className="lng-callout-country">{target.label}</span>,
    share: (
      <FigureValue
        figure={row.share}
        label={t('energy.lng.callout.shareLabel', { target: target.label })}
        sources={dataset.sources}
      />
    ),
    rank:
      rank === null ? (
        <strong>{row.rank === null ? t('energy.notRanked') : ordinal(i18n, row.rank)}</strong>
      ) : (
        <FigureValue figure={rank.figure} label={rank.label} sources={dataset.sources} />
      ),
  })
  return (
    <p className="lng-callout">
      {pieces.map((piece, i) => (
        <Fragment key={i}>{piece}</Fragment>
      ))}
    </p>
  )
}
