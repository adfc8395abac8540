import { useMemo } from 'react'

import type { Dataset, Figure } from '@/data/schema'
import { rankSuppliers } from '@/data/shape/lng'
import { formatNumber } from '@/lib/format'

function formatFigure(f: Figure): string {
  const prefix = f.qualifier === 'about' ? 'about ' : f.qualifier === 'more_than' ? 'more than ' : ''
  const unit = f.unit === '%' ? '%' : f.unit === 'rank' ? '' : ` ${f.unit}`
  return `${prefix}${formatNumber(f.value)}${unit}`
}

/** Interim view of the energy panel: the headline figures, until the charts (issue #5) land. */
export function EnergyPanel({ dataset }: { dataset: Dataset }) {
  const ranked = useMemo(() => rankSuppliers(dataset.energy.lngSuppliers), [dataset])
  const russia = ranked.find((s) => s.country === 'Russia')
  const capacity = dataset.energy.figures.find((f) => f.subject === 'sakhalin2' && f.figure.unit === 'Mt/yr')

  return (
    <dl className="key-figures">
      {russia === undefined ? null : (
        <div>
          <dt>Russia&apos;s share of Japan&apos;s LNG imports, 2021</dt>
          <dd>
            {formatFigure(russia.share)} · rank {russia.rank} of{' '}
            {ranked.filter((s) => s.rank !== null).length} named suppliers
          </dd>
        </div>
      )}
      {capacity === undefined ? null : (
        <div>
          <dt>{capacity.label}</dt>
          <dd>{formatFigure(capacity.figure)}</dd>
        </div>
      )}
      {dataset.energy.dependencies.map((d) => (
        <div key={d.id}>
          <dt>{d.label}</dt>
          <dd>{formatFigure(d.share)}</dd>
        </div>
      ))}
    </dl>
  )
}
