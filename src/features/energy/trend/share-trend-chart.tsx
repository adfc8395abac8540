import { useMemo } from 'react'
import { LabelList, Line, LineChart, XAxis, YAxis } from 'recharts'

import { HorizontalGrid } from '@/components/chart/horizontal-grid'
import { PLAIN_TICK } from '@/components/chart/plain-tick'
import { ResponsiveChart } from '@/components/chart/responsive-chart'
import type { TrendSeries } from '@/data/shape/share-trend'
import { useI18n } from '@/state/use-i18n'

import { TREND_NAME_KEYS, TREND_STYLE } from './trend-style'

interface ShareTrendChartProps {
  years: readonly number[]
  series: readonly TrendSeries[]
  /** Fixed width for exports; otherwise the chart fills its container's width. */
  width?: number
}

/** A line per commodity over the years, each point labelled with its share; a year without a figure is a gap. */
export function ShareTrendChart({ years, series, width }: ShareTrendChartProps) {
  const { t, fmt } = useI18n()
  const height = 280
  const data = useMemo(
    () =>
      years.map((year) => {
        const row: Record<string, number | string | null> = { year: String(year) }
        for (const s of series) row[s.commodity] = s.points.find((p) => p.year === year)?.share.value ?? null
        return row
      }),
    [years, series],
  )
  const chart = (
    <LineChart
      data={data}
      width={width}
      height={width === undefined ? undefined : height}
      margin={{ top: 24, right: 32, bottom: 8, left: 8 }}
      accessibilityLayer={false}
    >
      <HorizontalGrid />
      <XAxis dataKey="year" tick={PLAIN_TICK} stroke="#8a94a3" />
      <YAxis
        // Every value tick shown: five or so, far apart, so recharts need not measure each label to thin them.
        interval={0}
        tickFormatter={(v: number) => fmt.percent(v, 0)}
        tick={PLAIN_TICK}
        stroke="#8a94a3"
        width={48}
        domain={[0, 'auto']}
      />
      {series.map((s) => (
        <Line
          key={s.commodity}
          dataKey={s.commodity}
          name={t(TREND_NAME_KEYS[s.commodity])}
          stroke={TREND_STYLE[s.commodity].colour}
          strokeDasharray={TREND_STYLE[s.commodity].dash}
          strokeWidth={2.5}
          dot={{ r: 3.5, fill: TREND_STYLE[s.commodity].colour }}
          isAnimationActive={false}
          connectNulls
        >
          <LabelList
            dataKey={s.commodity}
            position="top"
            fontSize={11}
            fill="#1d2330"
            formatter={(v: unknown) => (typeof v === 'number' ? fmt.percent(v) : '')}
          />
        </Line>
      ))}
    </LineChart>
  )
  return (
    <div className="trend-chart">
      {width === undefined ? <ResponsiveChart height={height}>{chart}</ResponsiveChart> : chart}
      <ul className="chart-legend" aria-label={t('legend.label')}>
        {series.map((s) => (
          <li key={s.commodity}>
            <svg width="28" height="14" aria-hidden="true">
              <path
                d="M1 7 H27"
                stroke={TREND_STYLE[s.commodity].colour}
                strokeWidth="2.5"
                strokeDasharray={TREND_STYLE[s.commodity].dash}
              />
            </svg>
            {t(TREND_NAME_KEYS[s.commodity])}
          </li>
        ))}
      </ul>
    </div>
  )
}
