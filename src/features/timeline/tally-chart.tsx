import { useMemo, useState } from 'react'
import { Bar, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts'

import { PointFocusProvider, usePointFocus } from '@/components/chart/chart-points'
import { createEngageGate, useEngaged, type EngageGate } from '@/components/chart/engage-gate'
import { HorizontalGrid } from '@/components/chart/horizontal-grid'
import { PLAIN_TICK } from '@/components/chart/plain-tick'
import { ResponsiveChart } from '@/components/chart/responsive-chart'
import type { Formatter } from '@/lib/format'
import { qualifiedNumber } from '@/data/labels'
import { useI18n, type ReactI18n } from '@/state/use-i18n'

import type { CountryGroup } from '@/data/shape/country-groups'

import { DecisionMarkers, TrancheLabels } from './chart-marks'
import { GROUP_COLOURS, GROUP_KEYS } from './group-style'
import { labelledTranches, type Annotation, type TallyPoint } from './timeline-data'

export type Tone = 'japan' | 'russia'

export const TALLY_TONES: Record<Tone, { bar: string; line: string; dash?: string }> = {
  japan: { bar: '#d46a80', line: '#a8002a' },
  russia: { bar: '#7592c0', line: '#2d4f7c', dash: '6 4' },
}
const MISMATCH = '#b35c00'

/** A tranche, or a padding point that carries the step line to the edges of the time axis. */
type ChartDatum =
  (TallyPoint & { edge?: false }) | { edge: true; time: number; total: number; reportedTotal?: number | null }
const COMPARISON = '#5b6472'

interface TallyChartProps {
  points: readonly TallyPoint[]
  annotations: readonly Annotation[]
  /** Time axis bounds, UTC ms. */
  domain: [number, number]
  tone: Tone
  /** The y axis title, e.g. "individuals". */
  axisLabel: string
  sourceLabel: (sourceIds: readonly string[]) => string
  /** Fixed size for tests and exports; otherwise the chart fills its container's width. */
  width?: number
  height?: number
  /** The groups to stack the bars by (the breakdown by target country); none: one bar per tranche. */
  groups?: ReadonlyArray<CountryGroup | 'unsplit'>
  /**
   * Draws each point's reported total as a second, dashed step line with this legend label: the press
   * figures beside a tally counted from the official lists.
   */
  comparison?: string
}

/** First-of-month ticks within the domain. */
export function monthTicks([start, end]: [number, number]): number[] {
  const ticks: number[] = []
  const d = new Date(start)
  let t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + (d.getUTCDate() === 1 ? 0 : 1), 1)
  while (t <= end) {
    ticks.push(t)
    const n = new Date(t)
    t = Date.UTC(n.getUTCFullYear(), n.getUTCMonth() + 1, 1)
  }
  return ticks
}

export type TickUnit = 'month' | 'quarter' | 'year'

/** Months up to a year and a half, quarters up to three and a half years, years beyond: about 4–18 ticks. */
export function tickUnit([start, end]: [number, number]): TickUnit {
  const months = (end - start) / (30.44 * 86_400_000)
  return months <= 18 ? 'month' : months <= 42 ? 'quarter' : 'year'
}

/** Ticks on the first of a month, of a quarter or of a year within the domain, by its length. */
export function timeTicks(domain: [number, number]): { unit: TickUnit; ticks: number[] } {
  const unit = tickUnit(domain)
  const step = unit === 'month' ? 1 : unit === 'quarter' ? 3 : 12
  return { unit, ticks: monthTicks(domain).filter((t) => new Date(t).getUTCMonth() % step === 0) }
}

/** A year alone ("2023", "2023年") on a yearly axis; else the month, with its year on the first tick and in January. */
export function tickLabel(fmt: Formatter, unit: TickUnit, time: number, i: number): string {
  const d = new Date(time)
  const iso = d.toISOString().slice(0, 10)
  if (unit === 'year') return fmt.year(iso)
  return i === 0 || d.getUTCMonth() === 0 ? fmt.month(iso) : fmt.monthName(iso)
}

/** Running total as a step line, each tranche as a bar; reported totals that disagree are ringed. */
export function TallyChart(props: TallyChartProps) {
  const { points, annotations, domain, tone, axisLabel, sourceLabel, width, height = 340, groups } = props
  const { comparison } = props
  const i18n = useI18n()
  const { t, fmt } = i18n
  const colours = TALLY_TONES[tone]
  const data = useMemo<ChartDatum[]>(() => {
    const first = points[0]
    const last = points[points.length - 1]
    if (first === undefined || last === undefined) return []
    const before: ChartDatum[] =
      first.time > domain[0] ? [{ edge: true, time: domain[0], total: first.total - first.added }] : []
    const after: ChartDatum[] =
      last.time < domain[1]
        ? [{ edge: true, time: domain[1], total: last.total, reportedTotal: last.reportedTotal }]
        : []
    return [...before, ...points, ...after]
  }, [points, domain])
  const { unit, ticks } = useMemo(() => timeTicks(domain), [domain])
  const markers = useMemo(() => groupAnnotations(annotations, domain), [annotations, domain])
  // The largest tranches say their size and the total they made on the chart itself.
  const labelled = useMemo(() => labelledTranches(points, domain), [points, domain])
  const trancheLabels = useMemo(
    () =>
      labelled.map((p) => ({
        key: p.measureId,
        time: p.time,
        total: p.total,
        text: t('timeline.trancheLabel', { added: fmt.number(p.added), total: fmt.number(p.total) }),
      })),
    [labelled, t, fmt],
  )
  // On the page, each tranche is a keyboard stop that says its value; an exported image has none.
  const interactive = width === undefined
  // The tooltip joins the chart when a reader first points at it or moves focus into it. Mounted with the
  // chart, its dozen subscriptions to the chart's store were a tenth of the timeline's first render, the
  // longest task at start-up; an exported image never shows it.
  const [gate] = useState(createEngageGate)
  const order = useMemo(() => data.flatMap((d, i) => (d.edge === true ? [] : [i])), [data])

  const chart = (
    <ComposedChart
      data={data}
      width={width}
      height={width === undefined ? undefined : height}
      margin={{ top: 24, right: 24, bottom: 8, left: 8 }}
      accessibilityLayer={false}
    >
      <HorizontalGrid />
      <XAxis
        dataKey="time"
        type="number"
        domain={domain}
        ticks={ticks}
        tickFormatter={(time: number, i: number) => tickLabel(fmt, unit, time, i)}
        tick={PLAIN_TICK}
        stroke="#8a94a3"
      />
      <YAxis
        // Every value tick shown: five or so, far apart, so recharts need not measure each label to thin them.
        interval={0}
        tickFormatter={(v: number) => fmt.number(v)}
        tick={PLAIN_TICK}
        stroke="#8a94a3"
        width={56}
        label={{
          value: axisLabel,
          angle: -90,
          position: 'insideLeft',
          fontSize: 12,
          fill: '#3d4654',
          dy: 40,
        }}
      />
      <DecisionMarkers markers={markers} />
      {groups === undefined ? (
        <Bar
          dataKey="added"
          name={t('legend.added')}
          fill={colours.bar}
          barSize={14}
          isAnimationActive={false}
        />
      ) : (
        groups.map((g) => (
          <Bar
            key={g}
            dataKey={g === 'unsplit' ? 'unsplit' : `groups.${g}`}
            name={t(GROUP_KEYS[g])}
            stackId="added"
            fill={GROUP_COLOURS[g]}
            barSize={14}
            isAnimationActive={false}
          />
        ))
      )}
      {comparison === undefined ? null : (
        <Line
          dataKey="reportedTotal"
          name={comparison}
          type="stepAfter"
          stroke={COMPARISON}
          strokeWidth={1.5}
          strokeDasharray="5 4"
          connectNulls
          dot={false}
          activeDot={false}
          isAnimationActive={false}
        />
      )}
      <Line
        dataKey="total"
        name={t('legend.total')}
        type="stepAfter"
        stroke={colours.line}
        strokeWidth={2.5}
        strokeDasharray={colours.dash}
        isAnimationActive={false}
        dot={(p: { cx?: number; cy?: number; payload?: ChartDatum; index?: number }) => (
          <TrancheDot
            key={p.index}
            cx={p.cx}
            cy={p.cy}
            index={p.index}
            datum={p.payload}
            colour={colours.line}
            label={p.payload === undefined || p.payload.edge === true ? '' : pointLabel(i18n, p.payload)}
          />
        )}
        activeDot={{ r: 6, fill: colours.line }}
      />
      <TrancheLabels labels={trancheLabels} colour={colours.line} />
      {interactive ? <FocusTooltip sourceLabel={sourceLabel} groups={groups} gate={gate} /> : null}
    </ComposedChart>
  )

  return (
    <div className="tally-chart" onPointerEnter={gate.open} onFocus={gate.open}>
      {interactive ? (
        <PointFocusProvider order={order}>
          <ResponsiveChart height={height}>{chart}</ResponsiveChart>
        </PointFocusProvider>
      ) : (
        chart
      )}
      <TallyLegend
        tone={tone}
        showMarkers={markers.length > 0}
        showMismatch={points.some((p) => p.mismatch)}
        groups={groups}
        comparison={comparison}
      />
    </div>
  )
}

/** Annotations closer than ~2% of the axis share one line, labelled "3·4", so numbers never overlap. */
export function groupAnnotations(
  annotations: readonly Annotation[],
  [start, end]: [number, number],
): Array<{ time: number; label: string }> {
  const minGap = (end - start) * 0.02
  const groups: Array<{ time: number; numbers: number[] }> = []
  for (const a of annotations) {
    const last = groups[groups.length - 1]
    if (last !== undefined && a.time - last.time < minGap) last.numbers.push(a.number)
    else groups.push({ time: a.time, numbers: [a.number] })
  }
  return groups.map((g) => ({ time: g.time, label: g.numbers.join('·') }))
}

function TallyLegend({
  tone,
  showMarkers,
  showMismatch,
  groups,
  comparison,
}: {
  tone: Tone
  showMarkers: boolean
  showMismatch: boolean
  groups?: ReadonlyArray<CountryGroup | 'unsplit'>
  comparison?: string | undefined
}) {
  const c = TALLY_TONES[tone]
  const { t } = useI18n()
  const bars = groups?.map((g) => ({ key: g, colour: GROUP_COLOURS[g], label: t(GROUP_KEYS[g]) })) ?? [
    { key: 'added', colour: c.bar, label: t('legend.added') },
  ]
  return (
    <ul className="chart-legend" aria-label={t('legend.label')}>
      {bars.map((b) => (
        <li key={b.key}>
          <svg width="14" height="14" aria-hidden="true">
            <rect x="3" y="2" width="8" height="12" fill={b.colour} />
          </svg>
          {b.label}
        </li>
      ))}
      <li>
        <svg width="28" height="14" aria-hidden="true">
          <path d="M1 11 H12 V4 H27" fill="none" stroke={c.line} strokeWidth="2.5" strokeDasharray={c.dash} />
        </svg>
        {t('legend.total')}
      </li>
      {comparison === undefined ? null : (
        <li>
          <svg width="28" height="14" aria-hidden="true">
            <path
              d="M1 11 H12 V4 H27"
              fill="none"
              stroke={COMPARISON}
              strokeWidth="1.5"
              strokeDasharray="5 4"
            />
          </svg>
          {comparison}
        </li>
      )}
      {showMismatch ? (
        <li>
          <svg width="16" height="16" aria-hidden="true">
            <circle cx="8" cy="8" r="6" fill="#fff" stroke={MISMATCH} strokeWidth="2" />
            <text x="8" y="11.5" textAnchor="middle" fontSize="10" fontWeight="700" fill={MISMATCH}>
              !
            </text>
          </svg>
          {t('legend.mismatch')}
        </li>
      ) : null}
      {showMarkers ? (
        <li>
          <svg width="14" height="14" aria-hidden="true">
            <path d="M7 0 V14" stroke="#6b7584" strokeDasharray="2 3" />
          </svg>
          {t('legend.decisionBelow')}
        </li>
      ) : null}
    </ul>
  )
}

/** The tooltip follows the pointer, and the keyboard: it shows the tranche in focus. */
function FocusTooltip({
  sourceLabel,
  groups,
  gate,
}: {
  sourceLabel: (ids: readonly string[]) => string
  groups?: ReadonlyArray<CountryGroup | 'unsplit'>
  gate: EngageGate
}) {
  const active = usePointFocus()?.active ?? null
  if (!useEngaged(gate)) return null
  return (
    <Tooltip
      content={(p) => (
        <TallyTooltip active={p.active} payload={p.payload} sourceLabel={sourceLabel} groups={groups} />
      )}
      isAnimationActive={false}
      active={active === null ? undefined : true}
      defaultIndex={active ?? undefined}
    />
  )
}

/** What a screen reader says for a tranche: "12 Apr 2022: +398, 499 in total". */
function pointLabel(i18n: ReactI18n, datum: TallyPoint): string {
  const { t, fmt } = i18n
  const params = { date: fmt.date(datum.date), added: datum.added, total: datum.total }
  // A delisting: the total goes down, and says so.
  if (datum.removed > 0 && datum.added === 0)
    return t('a11y.tally.pointRemoved', { date: params.date, removed: datum.removed, total: datum.total })
  return datum.mismatch && datum.reportedTotal !== null
    ? t('a11y.tally.pointReported', {
        ...params,
        reported: qualifiedNumber(i18n, datum.reportedQualifier, datum.reportedTotal),
      })
    : t('a11y.tally.point', params)
}

function TrancheDot({
  cx,
  cy,
  index,
  datum,
  colour,
  label,
}: {
  cx?: number
  cy?: number
  index?: number
  datum?: ChartDatum
  colour: string
  label: string
}) {
  const focus = usePointFocus()
  if (cx === undefined || cy === undefined || datum === undefined || datum.edge === true) return <g />
  const mark = !datum.mismatch ? (
    <circle cx={cx} cy={cy} r={3.5} fill={colour} />
  ) : (
    <g className="mismatch-marker">
      <circle cx={cx} cy={cy} r={7} fill="#fff" stroke={MISMATCH} strokeWidth={2.5} />
      <text x={cx} y={cy + 4} textAnchor="middle" fontSize={11} fontWeight={700} fill={MISMATCH}>
        !
      </text>
    </g>
  )
  // On the page the dot is a keyboard stop named by its value; in an exported image it is only a dot.
  if (focus === null || index === undefined) return mark
  return (
    <g {...focus.pointProps(index, label)}>
      <circle className="chart-point-ring" cx={cx} cy={cy} r={10} />
      {mark}
    </g>
  )
}

interface TallyTooltipProps {
  active?: boolean
  payload?: ReadonlyArray<{ payload?: unknown }>
  sourceLabel: (ids: readonly string[]) => string
  groups?: ReadonlyArray<CountryGroup | 'unsplit'>
}

function TallyTooltip({ active, payload, sourceLabel, groups }: TallyTooltipProps) {
  // recharts hands back the datum it was given.
  const datum = payload?.[0]?.payload as ChartDatum | undefined
  const i18n = useI18n()
  const { t, rich, fmt } = i18n
  if (active !== true || datum === undefined || datum.edge === true) return null
  return (
    <div className="chart-tooltip">
      <p className="tooltip-date">{fmt.date(datum.date)}</p>
      <p>
        {datum.removed > 0 && datum.added === 0
          ? rich('tooltip.removedTotal', {
              removed: <strong>−{fmt.number(datum.removed)}</strong>,
              total: fmt.number(datum.total),
            })
          : rich('tooltip.addedTotal', {
              added: <strong>+{fmt.number(datum.added)}</strong>,
              total: fmt.number(datum.total),
            })}
      </p>
      {groups === undefined ? null : (
        <p className="tooltip-groups">
          {groups
            .map((g) => ({ g, n: g === 'unsplit' ? datum.unsplit : datum.groups[g] }))
            .filter(({ n }) => n > 0)
            .map(({ g, n }) => t('timeline.groupCount', { group: t(GROUP_KEYS[g]), count: fmt.number(n) }))
            .join(' · ')}
        </p>
      )}
      {datum.reportedTotal === null ? null : (
        <p className={datum.mismatch ? 'tooltip-mismatch' : undefined}>
          {t('tooltip.reported', {
            value: qualifiedNumber(i18n, datum.reportedQualifier, datum.reportedTotal),
          })}
          {datum.mismatch
            ? t('tooltip.sumDiffers', { total: fmt.number(datum.total) })
            : t('tooltip.matches')}
        </p>
      )}
      {datum.alternatives.map((a, i) => (
        <p key={i} className="tooltip-alt">
          {t(a.field === 'added' ? 'tooltip.alsoAdded' : 'tooltip.alsoTotal', {
            value: qualifiedNumber(i18n, a.qualifier, a.value),
            sources: sourceLabel(a.sourceIds),
          })}
        </p>
      ))}
      <p className="tooltip-title">{datum.title}</p>
      <p className="tooltip-description">{datum.description}</p>
      <p className="tooltip-source">{t('tooltip.source', { sources: sourceLabel(datum.sourceIds) })}</p>
    </div>
  )
}
