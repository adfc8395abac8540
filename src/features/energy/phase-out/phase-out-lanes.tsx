import type { Dataset, Dependency, EnergyEvent } from '@/data/validate/schema'
import { dependencyOf, figureById } from '@/data/shape/energy-figures'
import { useI18n } from '@/state/use-i18n'

import { alternativeSpan, type PlainKey } from '@/features/energy/energy-data'
import { FigureValue } from '@/features/energy/figure-value'
import { PHASE_OUT_LANES } from './phase-out-lanes-config'
import { dayMonth, monthLabel, monthStarts, stackMarkers, timePosition } from './phase-out-data'
import { useCompact } from '@/features/energy/use-compact'

/** Where labels start below the line. */
const LABEL_TOP_REM = 1.7
/**
 * The height of one row of labels, and how close (in % of the width) two labels may come before the
 * second moves to the next row: a date and a title of up to four short lines take about a fifth of the
 * track; on a phone the titles are hidden (energy.css) and a date alone needs far less.
 */
const LAYOUT = { wide: { row: 4.6, minGap: 22 }, compact: { row: 1.4, minGap: 15 } }

/** Labels near an edge line up with it instead of centring on their marker, so they stay inside the track. */
function labelAlign(left: number): 'start' | 'center' | 'end' {
  return left < 12 ? 'start' : left > 88 ? 'end' : 'center'
}

interface PhaseOutLanesProps {
  dataset: Dataset
  /** The filtered oil and coal events, in date order; a marker's number is its place in this list. */
  events: readonly EnergyEvent[]
  from: string
  to: string
}

/** One lane per commodity: Russia's share of Japan's imports beside a time line of numbered events. */
export function PhaseOutLanes({ dataset, events, from, to }: PhaseOutLanesProps) {
  const { t, fmt } = useI18n()
  const months = monthStarts(from, to)
  const { row: rowRem, minGap } = LAYOUT[useCompact() ? 'compact' : 'wide']
  return (
    <div className="po-lanes">
      {PHASE_OUT_LANES.map((lane) => {
        const laneEvents = events
          .map((e, i) => ({ e, n: i + 1, left: timePosition(e.date, from, to) }))
          .filter((x) => x.e.subject === lane.subject)
        const rows = stackMarkers(
          laneEvents.map((x) => x.left),
          minGap,
        )
        const rank = lane.rankId === undefined ? null : figureById(dataset.energy.figures, lane.rankId)
        return (
          <div key={lane.subject} className="po-lane">
            <div className="po-deps">
              <p className="po-lane-name">{t(lane.label)}</p>
              {lane.dependencies.map((c) => (
                <DependencyLine
                  key={c}
                  dependency={dependencyOf(dataset.energy.dependencies, c)}
                  missing={lane.missing}
                  dataset={dataset}
                />
              ))}
              {rank === null ? null : (
                <p className="po-dep">
                  <FigureValue figure={rank.figure} label={rank.label} sources={dataset.sources} />{' '}
                  <span className="po-dep-label">
                    {t('energy.phaseOut.rank', { year: String(rank.year) })}
                  </span>
                </p>
              )}
            </div>
            <div
              className="po-track"
              aria-hidden="true"
              style={{ height: `${LABEL_TOP_REM + (Math.max(0, ...rows) + 1) * rowRem}rem` }}
            >
              {laneEvents.map((x, i) => (
                <span key={x.e.id} className="po-marker" style={{ left: `${x.left}%` }}>
                  <span className="po-dot">{x.n}</span>
                  <span
                    className={`po-label po-label-${labelAlign(x.left)}`}
                    style={{ top: `${LABEL_TOP_REM + (rows[i] ?? 0) * rowRem}rem` }}
                  >
                    <span className="po-date">{dayMonth(fmt, x.e.date)}</span>{' '}
                    <span className="po-title">{x.e.title}</span>
                  </span>
                </span>
              ))}
              {laneEvents.length === 0 ? (
                <span className="po-none">{t('energy.phaseOut.noEvents')}</span>
              ) : null}
            </div>
          </div>
        )
      })}
      <div className="po-axis" aria-hidden="true">
        {months.map((m, i) => (
          <span key={m} style={{ left: `${timePosition(m, from, to)}%` }}>
            {monthLabel(fmt, m, i)}
          </span>
        ))}
      </div>
    </div>
  )
}

function DependencyLine({
  dependency,
  missing,
  dataset,
}: {
  dependency: Dependency | null
  missing: PlainKey
  dataset: Dataset
}) {
  const i18n = useI18n()
  const { t } = i18n
  const also = dependency === null ? null : alternativeSpan(i18n, dependency.share)
  const label = dependency === null ? t(missing) : dependency.label
  return (
    <p className="po-dep">
      <FigureValue figure={dependency?.share ?? null} label={label} sources={dataset.sources} />{' '}
      {also === null ? null : (
        <span className="po-dep-also"> {t('energy.alsoReported', { value: also })}</span>
      )}
      <span className="po-dep-label">
        {dependency === null
          ? label
          : t('energy.phaseOut.depLabelYear', { label, year: String(dependency.year) })}
      </span>
    </p>
  )
}
