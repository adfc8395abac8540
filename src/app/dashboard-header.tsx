import { formatBytes } from '@/data/dataset-limits'
import { describeSource, type DatasetSource } from '@/data/dataset-source'
import type { Meta } from '@/data/schema'
import { formatDate, formatDateRange } from '@/lib/format'

interface DashboardHeaderProps {
  meta: Meta
  sourceCount: number
  onOpenSources: () => void
  source: DatasetSource
  onOpenDataset: () => void
  onBackToBundled: () => void
}

export function DashboardHeader(props: DashboardHeaderProps) {
  const { meta, sourceCount, onOpenSources, source } = props
  return (
    <header className="site-header">
      <div className="site-header-text">
        <h1>{meta.title}</h1>
        {meta.subtitle === undefined ? null : <p className="subtitle">{meta.subtitle}</p>}
        <p className="as-of">
          Data as of <time dateTime={meta.asOf}>{formatDate(meta.asOf)}</time> · covers{' '}
          {formatDateRange(meta.coverage.from, meta.coverage.to)}
        </p>
        {source.kind === 'bundled' ? null : (
          <p className="loaded-from">
            <span>
              Loaded from <span className="source-name">{describeSource(source)}</span>
              {source.kind === 'file' ? ` (${formatBytes(source.size)})` : ''}
            </span>
            <button type="button" onClick={props.onBackToBundled}>
              Back to the bundled dataset
            </button>
          </p>
        )}
      </div>
      <div className="header-actions">
        <button type="button" aria-haspopup="dialog" onClick={props.onOpenDataset}>
          Open dataset…
        </button>
        <button type="button" className="button-primary" aria-haspopup="dialog" onClick={onOpenSources}>
          Sources ({sourceCount})
        </button>
      </div>
    </header>
  )
}
