import { ConfidenceBadge } from '@/components/confidence-badge'
import type { Dependency, EnergyEvent, Measure } from '@/data/validate/schema'
import { useI18n } from '@/state/use-i18n'

import { eventKind, formatAlternative, formatFigure, semicolonList } from '@/features/energy/energy-data'

interface PhaseOutTableProps {
  dependencies: readonly Dependency[]
  events: readonly EnergyEvent[]
  measures: readonly Measure[]
  sourceLabel: (ids: readonly string[]) => string
}

/** The figure's numbers and events as two tables: the dependency figures, then the dated events. */
export function PhaseOutTable({ dependencies, events, measures, sourceLabel }: PhaseOutTableProps) {
  const i18n = useI18n()
  const { t, fmt } = i18n
  return (
    <div className="table-scroll">
      <table className="po-table">
        <caption>{t('energy.phaseOut.tableDeps')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('energy.phaseOut.table.figure')}</th>
            <th scope="col">{t('energy.phaseOut.table.year')}</th>
            <th scope="col">{t('energy.phaseOut.table.share')}</th>
            <th scope="col">{t('energy.phaseOut.table.alsoReported')}</th>
            <th scope="col">{t('energy.phaseOut.table.source')}</th>
            <th scope="col">{t('energy.phaseOut.table.confidence')}</th>
          </tr>
        </thead>
        <tbody>
          {dependencies.map((d) => (
            <tr key={d.id}>
              <th scope="row">{d.label}</th>
              <td>{t('energy.year', { year: String(d.year) })}</td>
              <td className="num">{formatFigure(i18n, d.share)}</td>
              <td>
                {semicolonList(
                  t,
                  d.share.alternatives.map((a) => formatAlternative(i18n, a, d.share.unit, sourceLabel)),
                ) || '–'}
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
        <caption>{t('energy.phaseOut.tableEvents')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('energy.phaseOut.table.number')}</th>
            <th scope="col">{t('energy.phaseOut.table.date')}</th>
            <th scope="col">{t('energy.phaseOut.table.event')}</th>
            <th scope="col">{t('energy.phaseOut.table.kind')}</th>
            <th scope="col">{t('energy.phaseOut.table.source')}</th>
            <th scope="col">{t('energy.phaseOut.table.confidence')}</th>
          </tr>
        </thead>
        <tbody>
          {events.length === 0 ? (
            <tr>
              <td colSpan={6}>{t('energy.phaseOut.noneMatch')}</td>
            </tr>
          ) : (
            events.map((e, i) => (
              <tr key={e.id}>
                <td>{fmt.number(i + 1)}</td>
                <td>
                  <time dateTime={e.date}>{fmt.date(e.date)}</time>
                </td>
                <th scope="row">{e.title}</th>
                <td>{eventKind(t, e, measures)}</td>
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
