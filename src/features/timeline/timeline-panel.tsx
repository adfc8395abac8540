import { useDeferredValue, useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'

import { ChartFrame } from '@/components/chart/chart-frame'
import { withDeferredFilter } from '@/state/with-deferred-filter'
import type { ChartExportSpec } from '@/components/export/export-spec'
import type { OpenedLists } from '@/data/official/opened-lists'
import type { Dataset } from '@/data/validate/schema'
import { asOfLine, describeFilter, viewPeriod } from '@/data/shape/describe-filter'
import type { MeasureFilter } from '@/data/shape/filter'
import { makeSourceLabeler, makeSourceUrlLookup, sourceLine } from '@/data/shape/source-labels'
import { useDashboardStore } from '@/state/store'
import { useI18n, type ReactI18n } from '@/state/use-i18n'

import { GROUP_COLOURS, GROUP_KEYS } from './group-style'
import { BreakdownSwitch, CountsSwitch, SeriesSwitch } from './series-switch'
import { TALLY_TONES, TallyChart, type Tone } from './tally-chart'
import { TallyTable } from './tally-table'
import { countableFromLists, useListPoints, type ListPoints } from './use-list-points'
import {
  RETALIATION_SERIES,
  availableSeries,
  breakdownOf,
  groupTotals,
  seriesById,
  countOf,
  summarizeTally,
  toAnnotations,
  toTallyPoints,
  toTime,
  type Annotation,
  type SeriesDefinition,
  type TallyPoint,
} from './timeline-data'

interface TimelinePanelProps {
  dataset: Dataset
  lists?: OpenedLists | undefined
  /** The page-wide filter, one step behind the filter bar (withDeferredFilter). */
  filter: MeasureFilter
  /** One figure alone (an embed): Japan's tallies, or Russia's entry bans. */
  only?: 'japan' | 'russia' | undefined
}

/** Japan's tallies over time, and Russia's entry bans beside them, under the page-wide filter. */
export const TimelinePanel = withDeferredFilter(function TimelinePanel({
  dataset,
  lists,
  filter: pageFilter,
  only,
}: TimelinePanelProps) {
  // Only the fields this panel shows: typing in the goods search must not redraw these charts.
  const own = useDashboardStore(
    useShallow((s) => ({
      series: s.view.series,
      breakdown: s.view.breakdown,
      timelineView: s.view.timelineView,
      retaliationView: s.view.retaliationView,
      counts: s.view.counts,
    })),
  )
  // The switches show the reader's choice at once; the figures follow in a transition (issue #22).
  const shownOwn = useDeferredValue(own)
  const view = { ...shownOwn, ...pageFilter }
  const setCounts = useDashboardStore((s) => s.setCounts)
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
  // The lists count one tally at a time, with no split by country; goods are not on them.
  const canCountLists = countableFromLists(series.id)
  const fromLists = canCountLists && view.counts === 'lists'
  const listed = useListPoints(
    fromLists && countableFromLists(series.id) ? series.id : null,
    dataset,
    filter,
    lists,
  )
  const canBreakDown = series.matchAllCountries !== undefined && !fromLists
  const breakdown = canBreakDown && view.breakdown === 'country'
  const shown = useMemo(() => (breakdown ? breakdownOf(series) : series), [breakdown, series])
  // A workbook newer than the dataset carries the axis on to its latest notice.
  const listsEnd = listed.state === 'ready' ? (listed.points.at(-1)?.date ?? null) : null
  const end = view.to ?? maxDate(dataset.meta.coverage.to, fromLists ? listsEnd : null)
  const start = view.from ?? dataset.meta.coverage.from
  // One array while the dates stay: the charts' elements are memoised on it.
  const domain = useMemo<[number, number]>(() => [toTime(start), toTime(end)], [start, end])
  const period = fmt.dateRange(view.from ?? dataset.meta.coverage.from, end)
  const retaliationShown = view.types === null || view.types.includes(RETALIATION_SERIES.type)

  return (
    <>
      {only === 'russia' ? null : (
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
          tab={own.timelineView}
          onModeChange={setTimelineView}
          onClear={clearFilters}
          labeler={labeler}
          listed={fromLists ? listed : undefined}
          controls={
            available.length > 1 || canBreakDown || canCountLists ? (
              <>
                {available.length > 1 ? (
                  <SeriesSwitch
                    options={available}
                    value={available.some((a) => a.id === own.series) ? own.series : series.id}
                    onChange={setSeries}
                  />
                ) : null}
                {canCountLists ? <CountsSwitch value={own.counts} onChange={setCounts} /> : null}
                {canBreakDown ? (
                  <BreakdownSwitch
                    checked={own.breakdown === 'country'}
                    onChange={(on) => setBreakdown(on ? 'country' : 'none')}
                  />
                ) : null}
              </>
            ) : undefined
          }
        />
      )}
      {annotations.length > 0 && only !== 'russia' ? <AnnotationList annotations={annotations} /> : null}
      {only === 'japan' ? null : (
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
          tab={own.retaliationView}
          onModeChange={setRetaliationView}
          onClear={clearFilters}
          labeler={labeler}
        />
      )}
    </>
  )
})

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
  /** What the figure shows (one step behind), and the tab the reader chose (at once). */
  mode: 'chart' | 'table'
  tab: 'chart' | 'table'
  onModeChange: (mode: 'chart' | 'table') => void
  onClear: () => void
  labeler: (ids: readonly string[]) => string
  controls?: React.ReactNode
  /** The tally counted from the official lists instead of the press records (or why it is not there yet). */
  listed?: ListPoints | undefined
}

function TallyFigure(props: TallyFigureProps) {
  const { i18n, dataset, def, filter, available, labeler } = props
  const { t, fmt } = i18n
  const listed = props.listed
  const pressPoints = useMemo(
    () => (available && listed === undefined ? toTallyPoints(dataset.measures, def, filter) : []),
    [dataset, def, filter, available, listed],
  )
  const points = listed?.state === 'ready' && available ? listed.points : pressPoints
  const groups = useMemo(
    () => (props.breakdown === true ? groupTotals(points).map((g) => g.group) : undefined),
    [props.breakdown, points],
  )
  const source =
    listed?.state === 'ready'
      ? listed.sourceText
      : sourceLine(
          i18n,
          dataset.sources,
          points.flatMap((p) => p.sourceIds),
        )
  const axisLabel = t(def.words.axis)
  const comparison = listed?.state === 'ready' ? t('timeline.lists.pressLine') : undefined
  // The same chart on the page (fluid width) and in exported images (fixed width and height).
  const chart = (width?: number, height?: number) => (
    <TallyChart
      points={points}
      annotations={props.annotations}
      domain={props.domain}
      tone={props.tone}
      axisLabel={axisLabel}
      sourceLabel={labeler}
      width={width}
      height={height}
      groups={groups}
      comparison={comparison}
    />
  )
  // The same elements while their data stay: a render for a switched tab or a typed-in control then
  // skips the chart and the table (React leaves an identical element alone).
  const { annotations, domain, tone } = props
  const chartOnPage = useMemo(
    () => (
      <TallyChart
        points={points}
        annotations={annotations}
        domain={domain}
        tone={tone}
        axisLabel={axisLabel}
        sourceLabel={labeler}
        groups={groups}
        comparison={comparison}
      />
    ),
    [points, annotations, domain, tone, axisLabel, labeler, groups, comparison],
  )
  const caption = t(def.words.label)
  const table = useMemo(
    () => <TallyTable caption={caption} points={points} sourceLabel={labeler} groups={groups} />,
    [caption, points, labeler, groups],
  )
  const exportSpec: ChartExportSpec = {
    fileStem: def.fileStem,
    embed: props.tone === 'japan' ? 'timeline' : 'retaliation',
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
    source:
      listed?.state === 'ready'
        ? listed.sourceText
        : sourceLine(
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
  const summary = !available
    ? t('timeline.hidden', { series: t(def.words.axis) })
    : listed === undefined
      ? `${summarizeTally(i18n, points, def)}${byGroup}`
      : listed.state === 'ready'
        ? listedSummary(i18n, points, def)
        : listed.state === 'loading'
          ? t('timeline.lists.loading')
          : t('timeline.lists.error', { message: listed.message })
  const empty =
    points.length > 0
      ? null
      : listed !== undefined && listed.state !== 'ready'
        ? { message: summary, onClear: props.onClear }
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
      view={props.tab}
      contentView={props.mode}
      onViewChange={props.onModeChange}
      controls={props.controls}
      empty={empty}
      source={source}
      exportSpec={exportSpec}
      chart={chartOnPage}
      table={table}
    />
  )
}

const maxDate = (a: string, b: string | null) => (b !== null && b > a ? b : a)

/** The lists' summary, with the press figures beside it: what they total, and how many dates differ. */
function listedSummary(
  i18n: ReactI18n,
  points: readonly TallyPoint[],
  def: SeriesDefinition<string>,
): string {
  const { t, fmt } = i18n
  const last = points[points.length - 1]
  const first = points[0]
  if (first === undefined || last === undefined) return t('timeline.lists.none')
  const largest = points.reduce((a, b) => (b.added > a.added ? b : a))
  const base = t('timeline.lists.summary', {
    count: points.length,
    from: fmt.date(first.date),
    to: fmt.date(last.date),
    added: countOf(
      def,
      points.reduce((n, p) => n + p.added, 0),
    ),
    removed: points.reduce((n, p) => n + p.removed, 0),
    total: fmt.number(last.total),
    largestDate: fmt.date(largest.date),
    largest: fmt.number(largest.added),
  })
  const press =
    last.reportedTotal === null
      ? ''
      : ` ${t('timeline.lists.press', {
          date: fmt.date(last.date),
          press: fmt.number(last.reportedTotal),
          listed: fmt.number(last.total),
        })}`
  return `${base}${press}`
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
