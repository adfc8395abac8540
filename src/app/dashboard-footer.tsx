import type { Meta } from '@/data/validate/schema'
import { useI18n } from '@/state/use-i18n'

export function DashboardFooter({ meta }: { meta: Meta }) {
  const { rich, fmt } = useI18n()
  return (
    <footer className="site-footer">
      <p>
        {rich('app.footer', {
          version: meta.version,
          date: <time dateTime={meta.asOf}>{fmt.date(meta.asOf)}</time>,
        })}
      </p>
      <p>{meta.licence}</p>
    </footer>
  )
}
