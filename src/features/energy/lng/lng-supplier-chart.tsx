import { useMemo } from 'react'
import { Bar, BarChart, LabelList, Rectangle, Tooltip, XAxis, YAxis } from 'recharts'

import { PointFocusProvider, usePointFocus } from '@/components/chart/chart-points'
import { ResponsiveChart } from '@/components/chart/responsive-chart'
import { estimateWidth } from '@/lib/export/wrap-text'
import { useI18n, type ReactI18n } from '@/state/use-i18n'

import { ordinal } from '@/features/energy/energy-data'
import type { LngBarDatum } from './lng-chart-data'
import { LngTooltip } from './lng-tooltip'
import { useCompact } from '@/features/energy/use-compact'

/**
 * Bar colours, shared with the exported image's legend so the two never drift apart. Each has at least
 * 3:1 contrast with white (WCAG 1.4.11); Russia is also named, bold and ranked beside its bar.
 */
export const LNG_COLOURS = {
  highlight: '#a8002a',
  supplier: '#6f7f98',
  /** The unranked remainder ("Other") is paler: it is not a supplier. */
  remainder: '#8995a6',
} as const
const ACCENT = LNG_COLOURS.highlight
const INK = '#1d2330'
const ROW = 34
/** Space between a bar's value and its rank, and around the label (see ValueLabel). */
const RANK_GAP = 8
const LABEL_PAD = 12

interface LngSupplierChartProps {
  bars: readonly LngBarDatum[]
  sourceLabel: (ids: readonly string[]) => string
  /** Fixed width for tests and exports; otherwise the chart fills its container's width. */
  width?: number
  /**
   * Forces the layout: an export is drawn at a fixed width, so it must not shrink its margins because
   * the screen it is made on happens to be narrow. Left out, the layout follows the screen.
   */
  compact?: boolean
  /** false for an export: nothing will hover over it, and it needs no tooltip layer. */
  tooltip?: boolean
}

/** Horizontal bars, largest supplier first; the highlighted supplier in the accent colour, with its rank in words. */
export function LngSupplierChart(props: LngSupplierChartProps) {
  const { bars, sourceLabel, width, tooltip = true } = props
  const i18n = useI18n()
  const { t } = i18n
  const data = useMemo(() => [...bars], [bars])
  const order = useMemo(() => data.map((_, i) => i), [data])
  const height = data.length * ROW + 16
  const screenCompact = useCompact()
  const compact = props.compact ?? screenCompact
  const fontSize = compact ? 12 : 13
  // Room for the longest label beside its bar: Japanese labels ("656万トン（公表値）5位") run wider than
  // English ones, and a label past the margin would be cut off.
  const labelRoom = Math.max(
    0,
    ...data.map((d) => {
      const text =
        estimateWidth(d.valueLabel, fontSize) +
        (d.rankLabel === null ? 0 : RANK_GAP + estimateWidth(d.rankLabel, fontSize))
      // The highlighted label is bold: about a tenth wider than the estimate for regular text.
      return text * (d.highlight ? 1.1 : 1) + LABEL_PAD
    }),
  )
  const right = Math.max(compact ? 108 : 170, Math.ceil(labelRoom))

  const chart = (
    <BarChart
      data={data}
      layout="vertical"
      width={width}
      height={width === undefined ? undefined : height}
      margin={{ top: 4, right, bottom: 4, left: 4 }}
      barCategoryGap={6}
      accessibilityLayer={false}
    >
      <XAxis type="number" hide domain={[0, 'dataMax']} />
      <YAxis
        type="category"
        dataKey="country"
        width={compact ? 142 : 150}
        tickLine={false}
        axisLine={{ stroke: '#8a94a3' }}
        tick={(p: { x?: number | string; y?: number | string; index?: number }) => (
          <CountryTick
            x={Number(p.x)}
            y={Number(p.y)}
            fontSize={fontSize}
            datum={p.index === undefined ? undefined : data[p.index]}
          />
        )}
      />
      <Bar
        dataKey="value"
        name={t('energy.lng.chart.value')}
        isAnimationActive={false}
        shape={(p: { x?: number; y?: number; width?: number; height?: number; index: number }) => {
          const datum = data[p.index]
          return (
            <BarShape
              x={p.x ?? 0}
              y={p.y ?? 0}
              width={p.width ?? 0}
              height={p.height ?? 0}
              index={p.index}
              datum={datum}
              label={datum === undefined ? '' : barLabel(i18n, datum)}
            />
          )
        }}
      >
        <LabelList
          dataKey="valueLabel"
          content={(p: { x?: unknown; y?: unknown; width?: unknown; height?: unknown; index?: number }) => (
            <ValueLabel
              fontSize={fontSize}
              x={Number(p.x) + Number(p.width)}
              y={Number(p.y) + Number(p.height) / 2}
              datum={p.index === undefined ? undefined : data[p.index]}
            />
          )}
        />
      </Bar>
      {tooltip ? <FocusTooltip sourceLabel={sourceLabel} /> : null}
    </BarChart>
  )

  const sized = width === undefined ? <ResponsiveChart height={height}>{chart}</ResponsiveChart> : chart
  // On the page, each bar is a keyboard stop that says its value; an exported image (no tooltip) has none.
  return (
    <div className="lng-chart">
      {tooltip ? <PointFocusProvider order={order}>{sized}</PointFocusProvider> : sized}
    </div>
  )
}

/** The tooltip follows the pointer, and the keyboard: it shows the bar in focus. */
function FocusTooltip({ sourceLabel }: { sourceLabel: (ids: readonly string[]) => string }) {
  const active = usePointFocus()?.active ?? null
  return (
    <Tooltip
      cursor={{ fill: '#eef1f5' }}
      isAnimationActive={false}
      active={active === null ? undefined : true}
      defaultIndex={active ?? undefined}
      content={(p) => <LngTooltip active={p.active} payload={p.payload} sourceLabel={sourceLabel} />}
    />
  )
}

/** What a screen reader says for a bar: "Russia, 5th: 8.8%". */
function barLabel(i18n: ReactI18n, datum: LngBarDatum): string {
  const params = { country: datum.country, value: datum.valueLabel }
  return datum.row.rank === null
    ? i18n.t('a11y.lng.bar', params)
    : i18n.t('a11y.lng.barRanked', { ...params, rank: ordinal(i18n, datum.row.rank) })
}

interface BarShapeProps {
  x: number
  y: number
  width: number
  height: number
  index: number
  datum?: LngBarDatum
  label: string
}

function BarShape({ x, y, width, height, index, datum, label }: BarShapeProps) {
  const focus = usePointFocus()
  const bar = <Rectangle x={x} y={y} width={width} height={height} fill={barColour(datum)} />
  if (focus === null || datum === undefined) return bar
  return (
    <g {...focus.pointProps(index, label)}>
      <rect
        className="chart-point-ring"
        x={x - 3}
        y={y - 3}
        width={Math.max(0, width) + 6}
        height={Math.max(0, height) + 6}
        rx={3}
      />
      {bar}
    </g>
  )
}

function barColour(datum: LngBarDatum | undefined): string {
  if (datum?.highlight === true) return LNG_COLOURS.highlight
  return datum?.row.rank === null ? LNG_COLOURS.remainder : LNG_COLOURS.supplier
}

interface LabelProps {
  x: number
  y: number
  fontSize: number
  datum?: LngBarDatum
}

function CountryTick({ x, y, fontSize, datum }: LabelProps) {
  if (!Number.isFinite(x) || !Number.isFinite(y) || datum === undefined) return <g />
  return (
    <text
      x={x - 6}
      y={y}
      dy={4}
      textAnchor="end"
      fontSize={fontSize}
      fontWeight={datum.highlight ? 700 : 400}
      fill={datum.highlight ? ACCENT : INK}
    >
      {datum.country}
    </text>
  )
}

function ValueLabel({ x, y, fontSize, datum }: LabelProps) {
  if (datum === undefined || !Number.isFinite(x) || !Number.isFinite(y)) return null
  return (
    <text x={x + 6} y={y} dy={4} fontSize={fontSize} fill={INK} className="lng-value-label">
      <tspan fontWeight={datum.highlight ? 700 : 400}>{datum.valueLabel}</tspan>
      {datum.rankLabel === null ? null : (
        <tspan fill={ACCENT} fontWeight={700} dx={RANK_GAP}>
          {datum.rankLabel}
        </tspan>
      )}
    </text>
  )
}
