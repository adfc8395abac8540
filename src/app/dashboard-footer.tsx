import type { Meta } from '@/data/schema'
import { formatDate } from '@/lib/format'

export function DashboardFooter({ meta }: { meta: Meta }) {
  return (
    <footer className="site-footer">
      <p>
        Dataset version {meta.version}, data as of <time dateTime={meta.asOf}>{formatDate(meta.asOf)}</time>.
      </p>
      <p>{meta.licence}</p>
    </footer>
  )
}
