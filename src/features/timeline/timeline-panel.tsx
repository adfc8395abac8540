import { useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'

import { ChartFrame } from '@/components/chart-frame'
import type { ChartExportSpec } from '@/components/export/export-spec'
import type { Dataset } from '@/data/schema'
import { asOfLine, describeFilter, viewPeriod } from '@/data/shape/describe-filter'
import type { MeasureFilter } from '@/data/shape/filter'
import { makeSourceLabeler, makeSourceUrlLookup, sourceLine } from '@/data/shape/source-labels'
import { formatDate, formatDateRange } from '@/lib/format'
import { useDashboardStore } from '@/state/store'

import { SeriesSwitch } from './series-switch'
import { TALLY_TONES, TallyChart, type Tone } from './tally-chart'
import { TallyTable } from './tally-table'
import {
  RETALIATION_SERIES,
  availableSeries,
  seriesById,
  summarizeTally,
  toAnnotations,
  toTallyPoints,
  toTime,
  type Annotation,
  type SeriesDefinition,
} from './timeline-data'

/** Japan's tallies over time, and Russia's entry bans beside them, under the page-wide filter. */
export function TimelinePanel({ dataset }: { dataset: Dataset }) {
  // Only the fields this panel shows: typing in the goods search must not redraw these charts.
  const view = useDashboardStore(
    useShallow((s) => ({
      types: s.view.types,
      from: s.view.from,
      to: s.view.to,
      series: s.view.series,
      timelineView: s.view.timelineView,
      retaliationView: s.view.retaliationView,
    })),
  )
  const setSeries = useDashboardStore((s) => s.setSeries)
  const setTimelineView = useDashboardStore((s) => s.setTimelineView)
  const setRetaliationView = useDashboardStore((s) => s.setRetaliationView)
  const clearFilters = useDashboardStore((s) => s.clearFilters)

  const filter: MeasureFilter = useMemo(
    () => ({ types: view.types, from: view.from, to: view.to }),
    [view.types, view.from, view.to],
  )
  const labeler = useMemo(() => makeSourceLabeler(dataset.sources), [dataset])
  const available = useMemo(() => availableSeries(dataset.measures, filter), [dataset, filter])
  const annotations = useMemo(() => toAnnotations(dataset.measures, filter), [dataset, filter])
  // The chosen series, or the first one the filter leaves (e.g. "export ban" only → export tallies).
  const series = available.find((s) => s.id === view.series) ?? available[0] ?? seriesById(view.series)
  const domain: [number, number] = [
    toTime(view.from ?? dataset.meta.coverage.from),
    toTime(view.to ?? dataset.meta.coverage.to),
  ]
  const period = formatDateRange(view.from ?? dataset.meta.coverage.from, view.to ?? dataset.meta.coverage.to)
  const retaliationShown = view.types === null || view.types.includes(RETALIATION_SERIES.type)

  return (
    <>
      <TallyFigure
        dataset={dataset}
        def={series}
        title={`Japan's sanctions: ${series.label.toLowerCase()}`}
        subtitle={`Running total and number added per tranche, Japan → Russia, ${period}. Numbered lines mark major decisions.`}
        tone="japan"
        filter={filter}
        domain={domain}
        annotations={annotations}
        available={available.length > 0}
        mode={view.timelineView}
        onModeChange={setTimelineView}
        onClear={clearFilters}
        labeler={labeler}
        controls={
          available.length > 1 ? (
            <SeriesSwitch options={available} value={series.id} onChange={setSeries} />
          ) : undefined
        }
      />
      {annotations.length > 0 ? <AnnotationList annotations={annotations} /> : null}
      <TallyFigure
        dataset={dataset}
        def={RETALIATION_SERIES}
        title="Russia's retaliation: Japanese nationals banned from entering Russia"
        subtitle={`Running total and number added per decision, Russia → Japan, ${period}.`}
        tone="russia"
        filter={filter}
        domain={domain}
        annotations={[]}
        available={retaliationShown}
        mode={view.retaliationView}
        onModeChange={setRetaliationView}
        onClear={clearFilters}
        labeler={labeler}
      />
    </>
  )
}

interface TallyFigureProps {
  dataset: Dataset
  def: SeriesDefinition<string>
  title: string
  subtitle: string
  tone: Tone
  filter: MeasureFilter
  domain: [number, number]
  annotations: readonly Annotation[]
  /** false when the measure-type filter hides this tally's type. */
  available: boolean
  mode: 'chart' | 'table'
  onModeChange: (mode: 'chart' | 'table') => void
  onClear: () => void
  labeler: (ids: readonly string[]) => string
  controls?: React.ReactNode
}

function TallyFigure(props: TallyFigureProps) {
  const { dataset, def, filter, available, labeler } = props
  const points = useMemo(
    () => (available ? toTallyPoints(dataset.measures, def, filter) : []),
    [dataset, def, filter, available],
  )
  const source = sourceLine(
    dataset.sources,
    points.flatMap((p) => p.sourceIds),
  )
  // The same chart on the page (fluid width) and in exported images (fixed width and height).
  const chart = (width?: number, height?: number) => (
    <TallyChart
      points={points}
      annotations={props.annotations}
      domain={props.domain}
      tone={props.tone}
      noun={def.noun}
      sourceLabel={labeler}
      width={width}
      height={height}
    />
  )
  const exportSpec: ChartExportSpec = {
    fileStem: def.fileStem,
    period: viewPeriod(filter, dataset.meta),
    filters: `${def.label} · ${describeFilter(filter, dataset.meta)}`,
    legend: tallyLegend(
      props.tone,
      points.some((p) => p.mismatch),
      props.annotations.length > 0,
    ),
    source: sourceLine(
      dataset.sources,
      points.flatMap((p) => p.sourceIds),
      { max: Infinity },
    ),
    notes: props.annotations.map((a) => `${a.number}: ${formatDate(a.date)}, ${a.title}`),
    asOfLine: asOfLine(dataset.meta),
    renderChart: (width) => chart(width, 360),
    csv: async () => {
      const { tallyToCsv } = await import('./tally-csv')
      return tallyToCsv(points, def, makeSourceUrlLookup(dataset.sources), labeler)
    },
  }
  const summary = available
    ? summarizeTally(points, def)
    : `No tally is shown: the measure-type filter hides ${def.label.toLowerCase()}.`
  const empty =
    points.length > 0
      ? null
      : {
          message: available
            ? `No tranches of ${def.noun} fall within the selected dates.`
            : 'No measures of this kind match the current filters.',
          onClear: props.onClear,
        }
  return (
    <ChartFrame
      className={`tone-${props.tone}`}
      title={props.title}
      subtitle={props.subtitle}
      summary={summary}
      view={props.mode}
      onViewChange={props.onModeChange}
      controls={props.controls}
      empty={empty}
      source={source}
      exportSpec={exportSpec}
      chart={chart()}
      table={<TallyTable caption={def.label} points={points} sourceLabel={labeler} />}
    />
  )
}

function tallyLegend(tone: Tone, mismatch: boolean, markers: boolean): ChartExportSpec['legend'] {
  const c = TALLY_TONES[tone]
  return [
    { label: 'Added in tranche', kind: 'bar', colour: c.bar },
    { label: 'Running total', kind: tone === 'russia' ? 'dashed-line' : 'line', colour: c.line },
    ...(mismatch
      ? [
          {
            label: 'Reported total differs from the sum of tranches',
            kind: 'ring' as const,
            colour: '#b35c00',
          },
        ]
      : []),
    ...(markers ? [{ label: 'Major decision (numbered)', kind: 'rule' as const, colour: '#6b7584' }] : []),
  ]
}

function AnnotationList({ annotations }: { annotations: readonly Annotation[] }) {
  return (
    <div className="annotations">
      <h3 className="annotations-title">Major decisions marked on the time axis</h3>
      <ol>
        {annotations.map((a) => (
          <li key={a.measureId} value={a.number}>
            <time dateTime={a.date}>{formatDate(a.date)}</time>: {a.title}
          </li>
        ))}
      </ol>
    </div>
  )
}
