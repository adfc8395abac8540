import { useId } from 'react'

import type { Dataset, EnergyEvent } from '@/data/validate/schema'
import { figureById } from '@/data/shape/energy-figures'
import { useI18n } from '@/state/use-i18n'

import { ENERGY_IDS, alternativeSpan, semicolonList, type PlainKey } from '@/features/energy/energy-data'
import { EnergyEventList } from '@/features/energy/energy-event-list'
import { FigureValue } from '@/features/energy/figure-value'
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
const FIGURES: ReadonlyArray<{ id: string; fallback: PlainKey; hint?: PlainKey }> = [
  { id: ENERGY_IDS.s2Capacity, fallback: 'energy.s2.capacity', hint: 'energy.s2.capacityHint' },
  { id: ENERGY_IDS.s2ShareOfJapanLng, fallback: 'energy.s2.shareOfJapanLng' },
  { id: ENERGY_IDS.s2ShareToJapan, fallback: 'energy.s2.shareToJapan' },
  { id: ENERGY_IDS.s2ShareOfGlobalLng, fallback: 'energy.s2.shareOfGlobalLng' },
  { id: ENERGY_IDS.s2ShareOfJapanPower, fallback: 'energy.s2.shareOfJapanPower' },
]

/** What Sakhalin-2 is, how big it is, who owned it, and what happened to it in 2022. */
export function Sakhalin2Card({ dataset, events, hidden, period, onClear }: Sakhalin2CardProps) {
  const titleId = useId()
  const eventsId = useId()
  const i18n = useI18n()
  const { t } = i18n
  return (
    <article className="s2-card" aria-labelledby={titleId}>
      <h3 id={titleId} className="chart-title">
        {t('energy.s2.title')}
      </h3>
      <p className="chart-subtitle">{t('energy.s2.subtitle')}</p>
      <dl className="s2-figures">
        {FIGURES.map(({ id, fallback, hint }, i) => {
          const record = figureById(dataset.energy.figures, id)
          const also = record === null ? null : alternativeSpan(i18n, record.figure)
          const label = record?.label ?? t(fallback)
          const notes = [
            ...(hint === undefined ? [] : [t(hint)]),
            ...(also === null ? [] : [t('energy.alsoReported', { value: also })]),
          ]
          return (
            <div key={id} className={i === 0 ? 's2-figure is-lead' : 's2-figure'}>
              <dt>{label}</dt>
              <dd>
                <FigureValue
                  figure={record?.figure ?? null}
                  label={label}
                  sources={dataset.sources}
                  align={i >= FIGURES.length - 2 ? 'end' : 'start'}
                />
              </dd>
              {record === null || notes.length === 0 ? null : (
                <dd className="s2-also">{semicolonList(t, notes)}</dd>
              )}
            </div>
          )
        })}
      </dl>
      <Sakhalin2Owners shareholders={dataset.energy.sakhalin2Shareholders} sources={dataset.sources} />
      <section className="s2-events" aria-labelledby={eventsId}>
        <h4 id={eventsId}>{t('energy.s2.events', { period })}</h4>
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
