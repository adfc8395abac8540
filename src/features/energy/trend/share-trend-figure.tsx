import { useMemo, useState } from 'react'

import { ChartFrame, type FrameView } from '@/components/chart/chart-frame'
import type { ChartExportSpec } from '@/components/export/export-spec'
import { asOfLine } from '@/data/shape/describe-filter'
import { shareTrend, type TrendSeries } from '@/data/shape/share-trend'
import { makeSourceLabeler, makeSourceUrlLookup, sourceLine } from '@/data/shape/source-labels'
import type { Dataset } from '@/data/validate/schema'
import type { I18n } from '@/lib/i18n/i18n'
import { useI18n } from '@/state/use-i18n'

import { formatFigure } from '@/features/energy/energy-data'
import { ShareTrendChart } from './share-trend-chart'
import { ShareTrendTable } from './share-trend-table'
import { TREND_NAME_KEYS, TREND_STYLE } from './trend-style'

/** "LNG 8.8% (2021) → 8.6% (2024); crude oil 3.6% (2021) → 0.1% (2025)": first and last year of each. */
export function summarizeTrend(i18n: Pick<I18n, 't' | 'fmt'>, series: readonly TrendSeries[]): string {
  const { t, fmt } = i18n
  const items = series.flatMap((s) => {
    const first = s.points[0]
    const last = s.points[s.points.length - 1]
    if (first === undefined || last === undefined) return []
    const name = t(TREND_NAME_KEYS[s.commodity])
    return first === last
      ? [
          t('energy.trend.itemOne', {
            name,
            value: formatFigure(i18n, first.share),
            year: String(first.year),
          }),
        ]
      : [
          t('energy.trend.item', {
            name,
            first: formatFigure(i18n, first.share),
            firstYear: String(first.year),
            last: formatFigure(i18n, last.share),
            lastYear: String(last.year),
          }),
        ]
  })
  return items.length === 0 ? t('energy.trend.empty') : t('energy.trend.summary', { items: fmt.list(items) })
}

/** Russia's share of Japan's LNG, crude oil and coal imports, year by year, as the sources give it. */
export function ShareTrendFigure({ dataset }: { dataset: Dataset }) {
  const i18n = useI18n()
  const { t, fmt } = i18n
  const [view, setView] = useState<FrameView>('chart')
  const { years, series } = useMemo(() => shareTrend(dataset.energy.dependencies), [dataset])
  const labeler = useMemo(() => makeSourceLabeler(dataset.sources, fmt.list), [dataset.sources, fmt.list])
  const sourceIds = series.flatMap((s) => s.points.flatMap((p) => p.share.sourceIds))
  const first = years[0]
  const last = years[years.length - 1]
  const title = t('energy.trend.title')
  const subtitle =
    first === undefined || last === undefined
      ? t('energy.trend.subtitle')
      : t('energy.trend.subtitleYears', { from: String(first), to: String(last) })
  const exportSpec: ChartExportSpec = {
    fileStem: 'russia-share-of-japan-energy-imports',
    period: {
      from: first === undefined ? dataset.meta.coverage.from : `${first}-01-01`,
      to: last === undefined ? dataset.meta.coverage.to : `${last}-12-31`,
    },
    filters: subtitle,
    legend: series.map((s) => ({
      label: t(TREND_NAME_KEYS[s.commodity]),
      kind: TREND_STYLE[s.commodity].dash === undefined ? ('line' as const) : ('dashed-line' as const),
      colour: TREND_STYLE[s.commodity].colour,
    })),
    source: sourceLine(i18n, dataset.sources, sourceIds, { max: Infinity }),
    notes: [t('energy.trend.note')],
    asOfLine: asOfLine(i18n, dataset.meta, dataset.meta.title),
    renderChart: (width) => <ShareTrendChart years={years} series={series} width={width} />,
    csv: async () => {
      const { shareTrendToCsv } = await import('./share-trend-csv')
      return shareTrendToCsv(t, series, makeSourceUrlLookup(dataset.sources), labeler)
    },
  }
  return (
    <ChartFrame
      className="energy-frame"
      title={title}
      subtitle={subtitle}
      summary={summarizeTrend(i18n, series)}
      view={view}
      onViewChange={setView}
      empty={years.length < 2 ? { message: t('energy.trend.empty') } : null}
      source={sourceLine(i18n, dataset.sources, sourceIds)}
      exportSpec={exportSpec}
      chart={<ShareTrendChart years={years} series={series} />}
      table={<ShareTrendTable caption={title} series={series} sourceLabel={labeler} />}
    />
  )
}
