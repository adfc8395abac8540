import { useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'

import { ChartFrame } from '@/components/chart-frame'
import type { ChartExportSpec } from '@/components/export/export-spec'
import type { Dataset } from '@/data/validate/schema'
import { asOfLine, describeFilter, viewPeriod } from '@/data/shape/describe-filter'
import type { MeasureFilter } from '@/data/shape/filter'
import { makeSourceLabeler, makeSourceUrlLookup, sourceLine } from '@/data/shape/source-labels'
import { useDashboardStore } from '@/state/store'
import { useI18n, type ReactI18n } from '@/state/use-i18n'

import { GROUP_COLOURS, GROUP_KEYS } from './group-style'
import { BreakdownSwitch, SeriesSwitch } from './series-switch'
import { TALLY_TONES, TallyChart, type Tone } from './tally-chart'
import { TallyTable } from './tally-table'
import {
  RETALIATION_SERIES,
  availableSeries,
  breakdownOf,
  groupTotals,
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
      breakdown: s.view.breakdown,
      timelineView: s.view.timelineView,
      retaliationView: s.view.retaliationView,
    })),
  )
  const setSeries = useDashboardStore((s) => s.setSeries)
  const setBreakdown = useDashboardStore((s) => s.setBreakdown)
  const setTimelineView = useDashboardStore((s) => s.setTimelineView)
  const setRetaliationView = useDashboardStore((s) => s.setRetaliationView)
  const clearFilters = useDashboardStore((s) => s.clearFilters)
  const i18n = useI18n()
  const { t, fmt } = i18n

  const filter: MeasureFilter = useMemo(
    () => ({ types: view.types, from: view.from, to: view.to }),
    [view.types, view.from, view.to],
  )
  const labeler = useMemo(() => makeSourceLabeler(dataset.sources, fmt.list), [dataset, fmt])
  const available = useMemo(() => availableSeries(dataset.measures, filter), [dataset, filter])
  const annotations = useMemo(() => toAnnotations(dataset.measures, filter), [dataset, filter])
  // The chosen series, or the first one the filter leaves (e.g. "export ban" only → export tallies).
  const series = available.find((s) => s.id === view.series) ?? available[0] ?? seriesById(view.series)
  // The breakdown counts the same kind of record over every target country (Belarus, third countries…).
  const canBreakDown = series.matchAllCountries !== undefined
  const breakdown = canBreakDown && view.breakdown === 'country'
  const shown = useMemo(() => (breakdown ? breakdownOf(series) : series), [breakdown, series])
  const domain: [number, number] = [
    toTime(view.from ?? dataset.meta.coverage.from),
    toTime(view.to ?? dataset.meta.coverage.to),
  ]
  const period = fmt.dateRange(view.from ?? dataset.meta.coverage.from, view.to ?? dataset.meta.coverage.to)
  const retaliationShown = view.types === null || view.types.includes(RETALIATION_SERIES.type)

  return (
    <>
      <TallyFigure
        dataset={dataset}
        def={shown}
        breakdown={breakdown}
        i18n={i18n}
        title={t(series.words.title)}
        subtitle={t('timeline.japanSubtitle', { period })}
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
          available.length > 1 || canBreakDown ? (
            <>
              {available.length > 1 ? (
                <SeriesSwitch options={available} value={series.id} onChange={setSeries} />
              ) : null}
              {canBreakDown ? (
                <BreakdownSwitch
                  checked={breakdown}
                  onChange={(on) => setBreakdown(on ? 'country' : 'none')}
                />
              ) : null}
            </>
          ) : undefined
        }
      />
      {annotations.length > 0 ? <AnnotationList annotations={annotations} /> : null}
      <TallyFigure
        dataset={dataset}
        def={RETALIATION_SERIES}
        i18n={i18n}
        title={t(RETALIATION_SERIES.words.title)}
        subtitle={t('timeline.russiaSubtitle', { period })}
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
  i18n: ReactI18n
  dataset: Dataset
  def: SeriesDefinition<string>
  /** Bars stacked by target country, with a column each in the table and the CSV. */
  breakdown?: boolean
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
  const { i18n, dataset, def, filter, available, labeler } = props
  const { t, fmt } = i18n
  const points = useMemo(
    () => (available ? toTallyPoints(dataset.measures, def, filter) : []),
    [dataset, def, filter, available],
  )
  const groups = useMemo(
    () => (props.breakdown === true ? groupTotals(points).map((g) => g.group) : undefined),
    [props.breakdown, points],
  )
  const source = sourceLine(
    i18n,
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
      axisLabel={t(def.words.axis)}
      sourceLabel={labeler}
      width={width}
      height={height}
      groups={groups}
    />
  )
  const exportSpec: ChartExportSpec = {
    fileStem: def.fileStem,
    period: viewPeriod(filter, dataset.meta),
    filters: t('timeline.filters', {
      series:
        props.breakdown === true ? `${t(def.words.label)} (${t('timeline.breakdown')})` : t(def.words.label),
      filter: describeFilter(i18n, filter, dataset.meta),
    }),
    legend: tallyLegend(
      i18n,
      props.tone,
      points.some((p) => p.mismatch),
      props.annotations.length > 0,
      groups,
    ),
    source: sourceLine(
      i18n,
      dataset.sources,
      points.flatMap((p) => p.sourceIds),
      { max: Infinity },
    ),
    notes: props.annotations.map((a) =>
      t('timeline.note', { number: a.number, date: fmt.date(a.date), title: a.title }),
    ),
    asOfLine: asOfLine(i18n, dataset.meta, dataset.meta.title),
    renderChart: (width) => chart(width, 360),
    csv: async () => {
      const { tallyToCsv } = await import('./tally-csv')
      return tallyToCsv(i18n, points, def, makeSourceUrlLookup(dataset.sources), labeler, groups)
    },
  }
  const byGroup =
    groups === undefined || points.length === 0
      ? ''
      : ` ${t('timeline.breakdownSummary', {
          groups: fmt.list(
            groupTotals(points).map((g) =>
              t('timeline.groupCount', { group: t(GROUP_KEYS[g.group]), count: fmt.number(g.added) }),
            ),
          ),
        })}`
  const summary = available
    ? `${summarizeTally(i18n, points, def)}${byGroup}`
    : t('timeline.hidden', { series: t(def.words.axis) })
  const empty =
    points.length > 0
      ? null
      : {
          message: available
            ? t('timeline.noTranches', { series: t(def.words.axis) })
            : t('timeline.noMeasures'),
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
      table={
        <TallyTable caption={t(def.words.label)} points={points} sourceLabel={labeler} groups={groups} />
      }
    />
  )
}

function tallyLegend(
  { t }: Pick<ReactI18n, 't'>,
  tone: Tone,
  mismatch: boolean,
  markers: boolean,
  groups?: ReadonlyArray<keyof typeof GROUP_KEYS>,
): ChartExportSpec['legend'] {
  const c = TALLY_TONES[tone]
  const bars = groups?.map((g) => ({
    label: t(GROUP_KEYS[g]),
    kind: 'bar' as const,
    colour: GROUP_COLOURS[g],
  })) ?? [{ label: t('legend.added'), kind: 'bar' as const, colour: c.bar }]
  return [
    ...bars,
    { label: t('legend.total'), kind: tone === 'russia' ? 'dashed-line' : 'line', colour: c.line },
    ...(mismatch ? [{ label: t('legend.mismatch'), kind: 'ring' as const, colour: '#b35c00' }] : []),
    ...(markers ? [{ label: t('legend.decision'), kind: 'rule' as const, colour: '#6b7584' }] : []),
  ]
}

function AnnotationList({ annotations }: { annotations: readonly Annotation[] }) {
  const { t, rich, fmt } = useI18n()
  return (
    <div className="annotations">
      <h3 className="annotations-title">{t('timeline.annotations')}</h3>
      <ol>
        {annotations.map((a) => (
          <li key={a.measureId} value={a.number}>
            {rich('timeline.annotation', {
              date: <time dateTime={a.date}>{fmt.date(a.date)}</time>,
              title: a.title,
            })}
          </li>
        ))}
      </ol>
    </div>
  )
}
