import { ConfidenceBadge } from '@/components/confidence-badge'
import type { EnergyEvent, Measure, Source } from '@/data/validate/schema'
import { useI18n } from '@/state/use-i18n'

import { eventKind } from './energy-data'
import { SourceLinks } from './source-links'

interface EnergyEventListProps {
  events: readonly EnergyEvent[]
  /** How many events of this list the filters hide. */
  hidden: number
  measures: readonly Measure[]
  sources: readonly Source[]
  onClear: () => void
  /** Numbered to match markers on a timeline. */
  numbered?: boolean
}

/** Dated events, each with its kind (the measure type the filter uses, or context), source and confidence. */
export function EnergyEventList({
  events,
  hidden,
  measures,
  sources,
  onClear,
  numbered,
}: EnergyEventListProps) {
  const { t, parts, fmt } = useI18n()
  return (
    <>
      {events.length === 0 ? null : (
        <ol className={`energy-event-list${numbered === true ? ' is-numbered' : ''}`}>
          {events.map((e) => (
            <li key={e.id}>
              <p className="ev-head">
                <time dateTime={e.date}>{fmt.date(e.date)}</time>
                <span className="ev-kind">{eventKind(t, e, measures)}</span>
              </p>
              <p className="ev-title">{e.title}</p>
              <p className="ev-desc">{e.description}</p>
              <p className="ev-source">
                {parts('energy.source', {
                  links: <SourceLinks key="links" ids={e.sourceIds} sources={sources} />,
                })}{' '}
                <ConfidenceBadge confidence={e.confidence} />
              </p>
            </li>
          ))}
        </ol>
      )}
      {hidden === 0 ? null : (
        <p className="ev-hidden">
          {events.length === 0 ? t('energy.events.noneMatch') : t('energy.events.hidden', { count: hidden })}{' '}
          <button type="button" onClick={onClear}>
            {t('filter.clear')}
          </button>
        </p>
      )}
    </>
  )
}
