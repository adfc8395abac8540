import type { Dataset } from '@/data/schema'
import { figureById } from '@/data/shape/energy-figures'
import { isOther, type SupplierRow } from '@/data/shape/lng'

import { ENERGY_IDS, ordinal } from './energy-data'
import { FigureValue } from './figure-value'

interface LngCalloutProps {
  dataset: Dataset
  rows: readonly SupplierRow[]
  target: string
}

/** The answer first: the target country's share and rank, each with its source on hover or focus. */
export function LngCallout({ dataset, rows, target }: LngCalloutProps) {
  const row = rows.find((r) => r.country === target)
  const named = rows.filter((r) => !isOther(r)).length
  const rank = figureById(dataset.energy.figures, ENERGY_IDS.lngRussiaRank)
  if (row === undefined)
    return <p className="lng-callout">{target}: not among the suppliers in this dataset.</p>
  return (
    <p className="lng-callout">
      <span className="lng-callout-country">{target}</span>{' '}
      <FigureValue
        figure={row.share}
        label={`${target}'s share of Japan's LNG imports`}
        sources={dataset.sources}
      />{' '}
      of Japan&apos;s LNG imports, ranked{' '}
      {rank === null ? (
        <strong>{row.rank === null ? 'not ranked' : ordinal(row.rank)}</strong>
      ) : (
        <FigureValue figure={rank.figure} label={rank.label} sources={dataset.sources} />
      )}{' '}
      of {named} named suppliers
    </p>
  )
}
