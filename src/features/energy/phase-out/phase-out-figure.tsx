import { useMemo, useState } from 'react'

import { ChartFrame, type FrameView } from '@/components/chart/chart-frame'
import type { Dataset, Dependency, EnergyEvent, EnergyFigure } from '@/data/validate/schema'
import { dependencyOf, figureById } from '@/data/shape/energy-figures'
import type { MeasureFilter } from '@/data/shape/filter'
import { makeSourceLabeler, sourceLine } from '@/data/shape/source-labels'
import { useI18n } from '@/state/use-i18n'

import { summarizeDependencies, summarizeEvents } from '@/features/energy/energy-data'
import { EnergyEventList } from '@/features/energy/energy-event-list'
import { phaseOutExportSpec } from './phase-out-export-spec'
import { PHASE_OUT_LANES } from './phase-out-lanes-config'
import { PhaseOutLanes } from './phase-out-lanes'
import { PhaseOutTable } from './phase-out-table'

interface PhaseOutFigureProps {
  dataset: Dataset
  /** Oil and coal events that pass the page-wide filters, in date order. */
  events: readonly EnergyEvent[]
  /** How many oil and coal events the dataset holds, filtered or not. */
  total: number
  from: string
  to: string
  period: string
  /** The page-wide filter the events follow, for the exported image's subtitle. */
  filter: MeasureFilter
  onClear: () => void
}

/** How much Japan relied on Russian crude oil and coal, and the 2022 steps away from them. */
export function PhaseOutFigure(props: PhaseOutFigureProps) {
  const { dataset, events, total, from, to, period, filter, onClear } = props
  const i18n = useI18n()
  const { t, fmt } = i18n
  const [view, setView] = useState<FrameView>('chart')
  const dependencies = useMemo(
    () =>
      PHASE_OUT_LANES.flatMap((l) =>
        l.dependencies.map((c) => dependencyOf(dataset.energy.dependencies, c)),
      ).filter((d): d is Dependency => d !== null),
    [dataset],
  )
  const figures = useMemo(
    () =>
      PHASE_OUT_LANES.flatMap((l) =>
        l.rankId === undefined ? [] : [figureById(dataset.energy.figures, l.rankId)],
      ).filter((f): f is EnergyFigure => f !== null),
    [dataset],
  )
  const labeler = useMemo(() => makeSourceLabeler(dataset.sources, fmt.list), [dataset.sources, fmt.list])
  const year = dependencies[0]?.year
  const summary = t('energy.sentences', {
    first: summarizeDependencies(i18n, dependencies),
    second: summarizeEvents(i18n, events, total),
  })
  // The year is a string: as a number it would be formatted "2,021".
  const subtitle =
    year === undefined
      ? t('energy.phaseOut.subtitle', { period })
      : t('energy.phaseOut.subtitleYear', { period, year: String(year) })
  // The rank beside the crude oil lane is a figure of its own, with its own sources.
  const sourceIds = [
    ...dependencies.flatMap((d) => d.share.sourceIds),
    ...figures.flatMap((f) => f.figure.sourceIds),
    ...events.flatMap((e) => e.sourceIds),
  ]

  return (
    <ChartFrame
      className="energy-frame"
      title={t('energy.phaseOut.title')}
      subtitle={subtitle}
      summary={summary}
      view={view}
      onViewChange={setView}
      source={sourceLine(i18n, dataset.sources, sourceIds)}
      exportSpec={phaseOutExportSpec({
        i18n,
        dataset,
        dependencies,
        figures,
        events,
        total,
        filter,
        labeler,
      })}
      chart={
        <>
          <PhaseOutLanes dataset={dataset} events={events} from={from} to={to} />
          <EnergyEventList
            events={events}
            hidden={total - events.length}
            measures={dataset.measures}
            sources={dataset.sources}
            onClear={onClear}
            numbered
          />
        </>
      }
      table={
        <PhaseOutTable
          dependencies={dependencies}
          events={events}
          measures={dataset.measures}
          sourceLabel={labeler}
        />
      }
    />
  )
}
