import { ConfidenceBadge } from '@/components/confidence-badge'
import type { Dependency, EnergyEvent, Measure } from '@/data/schema'
import { formatDate } from '@/lib/format'

import { eventKind, formatAlternative, formatFigure } from './energy-data'

interface PhaseOutTableProps {
  dependencies: readonly Dependency[]
  events: readonly EnergyEvent[]
  measures: readonly Measure[]
  sourceLabel: (ids: readonly string[]) => string
}

/** The figure's numbers and events as two tables: the dependency figures, then the dated events. */
export function PhaseOutTable({ dependencies, events, measures, sourceLabel }: PhaseOutTableProps) {
  return (
    <div className="table-scroll">
      <table className="po-table">
        <caption>Russia&apos;s share of Japan&apos;s imports</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Year</th>
            <th scope="col">Share</th>
            <th scope="col">Also reported</th>
            <th scope="col">Source</th>
            <th scope="col">Confidence</th>
          </tr>
        </thead>
        <tbody>
          {dependencies.map((d) => (
            <tr key={d.id}>
              <th scope="row">{d.label}</th>
              <td>{d.year}</td>
              <td className="num">{formatFigure(d.share)}</td>
              <td>
                {d.share.alternatives
                  .map((a) => formatAlternative(a, d.share.unit, sourceLabel))
                  .join('; ') || '–'}
              </td>
              <td>{sourceLabel(d.share.sourceIds)}</td>
              <td>
                <ConfidenceBadge confidence={d.share.confidence} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="po-table">
        <caption>Oil and coal events</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Date</th>
            <th scope="col">Event</th>
            <th scope="col">Kind</th>
            <th scope="col">Source</th>
            <th scope="col">Confidence</th>
          </tr>
        </thead>
        <tbody>
          {events.length === 0 ? (
            <tr>
              <td colSpan={6}>No oil or coal events match the current filters.</td>
            </tr>
          ) : (
            events.map((e, i) => (
              <tr key={e.id}>
                <td>{i + 1}</td>
                <td>
                  <time dateTime={e.date}>{formatDate(e.date)}</time>
                </td>
                <th scope="row">{e.title}</th>
                <td>{eventKind(e, measures)}</td>
                <td>{sourceLabel(e.sourceIds)}</td>
                <td>
                  <ConfidenceBadge confidence={e.confidence} />
                </td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  )
}
