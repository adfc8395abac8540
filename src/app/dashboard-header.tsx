import type { Meta } from '@/data/schema'
import { formatDate, formatDateRange } from '@/lib/format'

interface DashboardHeaderProps {
  meta: Meta
  sourceCount: number
  onOpenSources: () => void
}

export function DashboardHeader({ meta, sourceCount, onOpenSources }: DashboardHeaderProps) {
  return (
    <header className="site-header">
      <div className="site-header-text">
        <h1>{meta.title}</h1>
        {meta.subtitle === undefined ? null : <p className="subtitle">{meta.subtitle}</p>}
        <p className="as-of">
          Data as of <time dateTime={meta.asOf}>{formatDate(meta.asOf)}</time> · covers{' '}
          {formatDateRange(meta.coverage.from, meta.coverage.to)}
        </p>
      </div>
      <button type="button" className="button-primary" aria-haspopup="dialog" onClick={onOpenSources}>
        Sources ({sourceCount})
      </button>
    </header>
  )
}
