import { useId } from 'react'

import type { Dataset, EnergyEvent } from '@/data/schema'
import { figureById } from '@/data/shape/energy-figures'

import { ENERGY_IDS, alternativeSpan } from './energy-data'
import { EnergyEventList } from './energy-event-list'
import { FigureValue } from './figure-value'
import { Sakhalin2Owners } from './sakhalin2-owners'

interface Sakhalin2CardProps {
  dataset: Dataset
  /** Sakhalin-2 and LNG events that pass the page-wide filters. */
  events: readonly EnergyEvent[]
  hidden: number
  period: string
  onClear: () => void
}

/** Which figures the card shows, with the wording to use when the dataset lacks one. */
const FIGURES: ReadonlyArray<{ id: string; fallback: string; hint?: string }> = [
  { id: ENERGY_IDS.s2Capacity, fallback: 'Sakhalin-2 LNG plant capacity', hint: 'Nameplate' },
  { id: ENERGY_IDS.s2ShareOfJapanLng, fallback: "Sakhalin-2 as a share of Japan's LNG imports" },
  { id: ENERGY_IDS.s2ShareToJapan, fallback: 'Share of Sakhalin-2 output going to Japan' },
  { id: ENERGY_IDS.s2ShareOfGlobalLng, fallback: 'Sakhalin-2 as a share of the global LNG market' },
  { id: ENERGY_IDS.s2ShareOfJapanPower, fallback: "Sakhalin-2 LNG as a share of Japan's power generation" },
]

/** What Sakhalin-2 is, how big it is, who owned it, and what happened to it in 2022. */
export function Sakhalin2Card({ dataset, events, hidden, period, onClear }: Sakhalin2CardProps) {
  const titleId = useId()
  const eventsId = useId()
  return (
    <article className="s2-card" aria-labelledby={titleId}>
      <h3 id={titleId} className="chart-title">
        Sakhalin-2
      </h3>
      <p className="chart-subtitle">
        An oil and LNG project on Russia&apos;s Sakhalin Island, and Japan&apos;s main source of Russian LNG.
      </p>
      <dl className="s2-figures">
        {FIGURES.map(({ id, fallback, hint }, i) => {
          const record = figureById(dataset.energy.figures, id)
          const also = record === null ? null : alternativeSpan(record.figure)
          return (
            <div key={id} className={i === 0 ? 's2-figure is-lead' : 's2-figure'}>
              <dt>{record?.label ?? fallback}</dt>
              <dd>
                <FigureValue
                  figure={record?.figure ?? null}
                  label={record?.label ?? fallback}
                  sources={dataset.sources}
                  align={i >= FIGURES.length - 2 ? 'end' : 'start'}
                />
              </dd>
              {record === null || (hint === undefined && also === null) ? null : (
                <dd className="s2-also">
                  {[hint, also === null ? undefined : `also reported: ${also}`]
                    .filter((t) => t !== undefined)
                    .join('; ')}
                </dd>
              )}
            </div>
          )
        })}
      </dl>
      <Sakhalin2Owners shareholders={dataset.energy.sakhalin2Shareholders} sources={dataset.sources} />
      <section className="s2-events" aria-labelledby={eventsId}>
        <h4 id={eventsId}>Sakhalin-2 and LNG events, {period}</h4>
        <EnergyEventList
          events={events}
          hidden={hidden}
          measures={dataset.measures}
          sources={dataset.sources}
          onClear={onClear}
        />
      </section>
    </article>
  )
}
