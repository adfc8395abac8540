import { useId, type KeyboardEvent, type ReactNode } from 'react'

import { ExportMenu } from '@/components/export/export-menu'
import { usePrinting } from '@/components/print/use-printing'
import type { ChartExportSpec } from '@/components/export/export-spec'
import { useI18n } from '@/state/use-i18n'

export type FrameView = 'chart' | 'table'

interface ChartFrameProps {
  title: string
  subtitle?: string
  /** One sentence derived from the data: what the chart shows. */
  summary: string
  /** The tab the reader chose. */
  view: FrameView
  /** What the body shows, when it follows the tab one step behind (a deferred render); else `view`. */
  contentView?: FrameView
  onViewChange: (view: FrameView) => void
  chart: ReactNode
  table: ReactNode
  /** "Source: …" line naming the publishers of the records shown. */
  source: string
  /** When set, nothing matches the filters: says so instead of an empty chart. */
  empty?: { message: string; onClear?: () => void } | null
  /** Extra controls beside the view tabs (e.g. a series switch). */
  controls?: ReactNode
  /** When set (and there is data), the frame offers PNG, SVG, copy-image and CSV export. */
  exportSpec?: ChartExportSpec
  className?: string
}

const VIEWS = [
  ['chart', 'frame.chart'],
  ['table', 'frame.table'],
] as const

/**
 * The shared frame of every chart: a <figure> named by its title, a caption with the data summary,
 * Chart/Table tabs over the same data, an empty state and the source line.
 */
export function ChartFrame(props: ChartFrameProps) {
  const { title, subtitle, summary, view, onViewChange, chart, table, source, empty, controls, className } =
    props
  const { exportSpec } = props
  const { t } = useI18n()
  // A printout shows the table under the chart: the numbers read on paper, where no tooltip does.
  const printing = usePrinting()
  const id = useId()
  const titleId = `${id}-title`
  const tabId = (v: FrameView) => `${id}-tab-${v}`
  const panelId = `${id}-panel`

  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return
    e.preventDefault()
    const next: FrameView = view === 'chart' ? 'table' : 'chart'
    onViewChange(next)
    document.getElementById(tabId(next))?.focus()
  }

  return (
    // The export file's stem is the figure's id: a citation of the figure links to it (#stem).
    <figure id={exportSpec?.fileStem} className={`chart-frame ${className ?? ''}`} aria-labelledby={titleId}>
      <div className="chart-frame-head">
        <div>
          <h3 id={titleId} className="chart-title">
            {title}
          </h3>
          {subtitle === undefined ? null : <p className="chart-subtitle">{subtitle}</p>}
        </div>
        <div className="chart-controls">
          {controls}
          <div role="tablist" aria-label={t('frame.viewTabs', { title })} className="view-tabs">
            {VIEWS.map(([v, label]) => (
              <button
                key={v}
                id={tabId(v)}
                type="button"
                role="tab"
                aria-selected={view === v}
                aria-controls={panelId}
                tabIndex={view === v ? 0 : -1}
                onClick={() => onViewChange(v)}
                onKeyDown={onTabKey}
              >
                {t(label)}
              </button>
            ))}
          </div>
          {exportSpec === undefined || (empty !== null && empty !== undefined) ? null : (
            <ExportMenu title={title} spec={exportSpec} />
          )}
        </div>
      </div>
      <div id={panelId} role="tabpanel" aria-labelledby={tabId(view)} className="chart-body">
        {empty !== null && empty !== undefined ? (
          <div className="chart-empty">
            <p>{empty.message}</p>
            {empty.onClear === undefined ? null : (
              <button type="button" onClick={empty.onClear}>
                {t('filter.clear')}
              </button>
            )}
          </div>
        ) : (props.contentView ?? view) === 'chart' ? (
          <>
            {chart}
            {printing ? <div className="print-only print-table">{table}</div> : null}
          </>
        ) : (
          table
        )}
      </div>
      <figcaption className="chart-caption">
        <span className="chart-summary">{summary}</span> <span className="chart-source">{source}</span>
      </figcaption>
    </figure>
  )
}
