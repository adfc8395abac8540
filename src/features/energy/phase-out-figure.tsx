import { useMemo, useState } from 'react'

import { ChartFrame, type FrameView } from '@/components/chart-frame'
import type { Dataset, Dependency, EnergyEvent, EnergyFigure } from '@/data/schema'
import { dependencyOf, figureById } from '@/data/shape/energy-figures'
import type { MeasureFilter } from '@/data/shape/filter'
import { makeSourceLabeler, sourceLine } from '@/data/shape/source-labels'

import { summarizeDependencies, summarizeEvents } from './energy-data'
import { EnergyEventList } from './energy-event-list'
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
  const labeler = useMemo(() => makeSourceLabeler(dataset.sources), [dataset.sources])
  const year = dependencies[0]?.year
  const summary = `${summarizeDependencies(dependencies)} ${summarizeEvents(events, total, 'oil and coal events')}`
  // The rank beside the crude oil lane is a figure of its own, with its own sources.
  const sourceIds = [
    ...dependencies.flatMap((d) => d.share.sourceIds),
    ...figures.flatMap((f) => f.figure.sourceIds),
    ...events.flatMap((e) => e.sourceIds),
  ]

  return (
    <ChartFrame
      className="energy-frame"
      title="How Japan left Russian oil and coal"
      subtitle={`Russia's share of Japan's imports${year === undefined ? '' : ` in ${year}`}, and the steps away from them, ${period}. Numbers on the time lines match the list below.`}
      summary={summary}
      view={view}
      onViewChange={setView}
      source={sourceLine(dataset.sources, sourceIds)}
      exportSpec={phaseOutExportSpec({ dataset, dependencies, figures, events, total, filter, labeler })}
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
