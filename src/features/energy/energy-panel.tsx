import { useMemo } from 'react'

import type { Dataset, Figure } from '@/data/schema'
import { filterEnergyEvents } from '@/data/shape/filter'
import { rankSuppliers } from '@/data/shape/lng'
import { formatDate, formatNumber } from '@/lib/format'
import { useDashboardStore } from '@/state/store'

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
  const types = useDashboardStore((s) => s.view.types)
  const from = useDashboardStore((s) => s.view.from)
  const to = useDashboardStore((s) => s.view.to)
  const events = useMemo(
    () => filterEnergyEvents(dataset.energy.events, dataset.measures, { types, from, to }),
    [dataset, types, from, to],
  )

  return (
    <>
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
      <h3 className="events-title">Energy events, 2022</h3>
      {events.length === 0 ? (
        <p>No energy events match the current filters.</p>
      ) : (
        <ul className="energy-events">
          {events.map((e) => (
            <li key={e.id}>
              <time dateTime={e.date}>{formatDate(e.date)}</time>: {e.title}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
