import { useMemo } from 'react'
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'

import { formatDate, formatNumber } from '@/lib/format'

import type { Annotation, TallyPoint } from './timeline-data'

export type Tone = 'japan' | 'russia'

export const TALLY_TONES: Record<Tone, { bar: string; line: string; dash?: string }> = {
  japan: { bar: '#e4a3b0', line: '#a8002a' },
  russia: { bar: '#a9bcd9', line: '#2d4f7c', dash: '6 4' },
}
const MISMATCH = '#b35c00'

/** A tranche, or a padding point that carries the step line to the edges of the time axis. */
type ChartDatum = (TallyPoint & { edge?: false }) | { edge: true; time: number; total: number }

interface TallyChartProps {
  points: readonly TallyPoint[]
  annotations: readonly Annotation[]
  /** Time axis bounds, UTC ms. */
  domain: [number, number]
  tone: Tone
  noun: string
  sourceLabel: (sourceIds: readonly string[]) => string
  /** Fixed size for tests and exports; otherwise the chart fills its container's width. */
  width?: number
  height?: number
}

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' })

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

function tickLabel(t: number, i: number): string {
  const d = new Date(t)
  return i === 0 || d.getUTCMonth() === 0 ? `${MONTH.format(d)} ${d.getUTCFullYear()}` : MONTH.format(d)
}

/** Running total as a step line, each tranche as a bar; reported totals that disagree are ringed. */
export function TallyChart(props: TallyChartProps) {
  const { points, annotations, domain, tone, noun, sourceLabel, width, height = 340 } = props
  const colours = TALLY_TONES[tone]
  const data = useMemo<ChartDatum[]>(() => {
    const first = points[0]
    const last = points[points.length - 1]
    if (first === undefined || last === undefined) return []
    const before: ChartDatum[] =
      first.time > domain[0] ? [{ edge: true, time: domain[0], total: first.total - first.added }] : []
    const after: ChartDatum[] =
      last.time < domain[1] ? [{ edge: true, time: domain[1], total: last.total }] : []
    return [...before, ...points, ...after]
  }, [points, domain])
  const ticks = useMemo(() => monthTicks(domain), [domain])
  const markers = useMemo(() => groupAnnotations(annotations, domain), [annotations, domain])

  const chart = (
    <ComposedChart
      data={data}
      width={width}
      height={width === undefined ? undefined : height}
      margin={{ top: 24, right: 24, bottom: 8, left: 8 }}
    >
      <CartesianGrid stroke="#e3e7ed" vertical={false} />
      <XAxis
        dataKey="time"
        type="number"
        domain={domain}
        ticks={ticks}
        tickFormatter={tickLabel}
        tick={{ fontSize: 12, fill: '#3d4654' }}
        stroke="#8a94a3"
      />
      <YAxis
        tickFormatter={(v: number) => formatNumber(v)}
        tick={{ fontSize: 12, fill: '#3d4654' }}
        stroke="#8a94a3"
        width={56}
        label={{ value: noun, angle: -90, position: 'insideLeft', fontSize: 12, fill: '#3d4654', dy: 40 }}
      />
      {markers.map((m) => (
        <ReferenceLine
          key={m.time}
          x={m.time}
          stroke="#6b7584"
          strokeDasharray="2 3"
          label={{ value: m.label, position: 'top', fontSize: 11, fill: '#3d4654' }}
        />
      ))}
      <Bar
        dataKey="added"
        name="Added in tranche"
        fill={colours.bar}
        barSize={14}
        isAnimationActive={false}
      />
      <Line
        dataKey="total"
        name="Running total"
        type="stepAfter"
        stroke={colours.line}
        strokeWidth={2.5}
        strokeDasharray={colours.dash}
        isAnimationActive={false}
        dot={(p: { cx?: number; cy?: number; payload?: ChartDatum; index?: number }) => (
          <TrancheDot key={p.index} cx={p.cx} cy={p.cy} datum={p.payload} colour={colours.line} />
        )}
        activeDot={{ r: 6, fill: colours.line }}
      />
      <Tooltip
        content={(p) => <TallyTooltip active={p.active} payload={p.payload} sourceLabel={sourceLabel} />}
        isAnimationActive={false}
      />
    </ComposedChart>
  )

  return (
    <div className="tally-chart">
      {width === undefined ? (
        <ResponsiveContainer width="100%" height={height}>
          {chart}
        </ResponsiveContainer>
      ) : (
        chart
      )}
      <TallyLegend
        tone={tone}
        showMarkers={markers.length > 0}
        showMismatch={points.some((p) => p.mismatch)}
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
}: {
  tone: Tone
  showMarkers: boolean
  showMismatch: boolean
}) {
  const c = TALLY_TONES[tone]
  return (
    <ul className="chart-legend" aria-label="Legend">
      <li>
        <svg width="14" height="14" aria-hidden="true">
          <rect x="3" y="2" width="8" height="12" fill={c.bar} />
        </svg>
        Added in tranche
      </li>
      <li>
        <svg width="28" height="14" aria-hidden="true">
          <path d="M1 11 H12 V4 H27" fill="none" stroke={c.line} strokeWidth="2.5" strokeDasharray={c.dash} />
        </svg>
        Running total
      </li>
      {showMismatch ? (
        <li>
          <svg width="16" height="16" aria-hidden="true">
            <circle cx="8" cy="8" r="6" fill="#fff" stroke={MISMATCH} strokeWidth="2" />
            <text x="8" y="11.5" textAnchor="middle" fontSize="10" fontWeight="700" fill={MISMATCH}>
              !
            </text>
          </svg>
          Reported total differs from the sum of tranches
        </li>
      ) : null}
      {showMarkers ? (
        <li>
          <svg width="14" height="14" aria-hidden="true">
            <path d="M7 0 V14" stroke="#6b7584" strokeDasharray="2 3" />
          </svg>
          Major decision (numbered below)
        </li>
      ) : null}
    </ul>
  )
}

function TrancheDot({
  cx,
  cy,
  datum,
  colour,
}: {
  cx?: number
  cy?: number
  datum?: ChartDatum
  colour: string
}) {
  if (cx === undefined || cy === undefined || datum === undefined || datum.edge === true) return <g />
  if (!datum.mismatch) return <circle cx={cx} cy={cy} r={3.5} fill={colour} />
  return (
    <g className="mismatch-marker">
      <circle cx={cx} cy={cy} r={7} fill="#fff" stroke={MISMATCH} strokeWidth={2.5} />
      <text x={cx} y={cy + 4} textAnchor="middle" fontSize={11} fontWeight={700} fill={MISMATCH}>
        !
      </text>
    </g>
  )
}

const QUALIFIER_PREFIX = {
  exact: '',
  about: 'about ',
  more_than: 'more than ',
  at_least: 'at least ',
  up_to: 'up to ',
}

interface TallyTooltipProps {
  active?: boolean
  payload?: ReadonlyArray<{ payload?: unknown }>
  sourceLabel: (ids: readonly string[]) => string
}

function TallyTooltip({ active, payload, sourceLabel }: TallyTooltipProps) {
  // recharts hands back the datum it was given.
  const datum = payload?.[0]?.payload as ChartDatum | undefined
  if (active !== true || datum === undefined || datum.edge === true) return null
  return (
    <div className="chart-tooltip">
      <p className="tooltip-date">{formatDate(datum.date)}</p>
      <p>
        <strong>+{formatNumber(datum.added)}</strong> → {formatNumber(datum.total)} in total
      </p>
      {datum.reportedTotal === null ? null : (
        <p className={datum.mismatch ? 'tooltip-mismatch' : undefined}>
          Reported total: {QUALIFIER_PREFIX[datum.reportedQualifier]}
          {formatNumber(datum.reportedTotal)}
          {datum.mismatch ? ` · sum of tranches: ${formatNumber(datum.total)}` : ' (matches)'}
        </p>
      )}
      {datum.alternatives.map((a, i) => (
        <p key={i} className="tooltip-alt">
          Also reported: {QUALIFIER_PREFIX[a.qualifier]}
          {formatNumber(a.value)} ({a.field === 'added' ? 'added' : 'total'}; {sourceLabel(a.sourceIds)})
        </p>
      ))}
      <p className="tooltip-title">{datum.title}</p>
      <p className="tooltip-description">{datum.description}</p>
      <p className="tooltip-source">Source: {sourceLabel(datum.sourceIds)}</p>
    </div>
  )
}
