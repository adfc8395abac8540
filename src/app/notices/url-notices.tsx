import { say } from '@/lib/i18n/said'
import { useDashboardStore } from '@/state/store'
import { useI18n } from '@/state/use-i18n'

/** Parts of the opening link that could not be used, said once, with a way to dismiss. */
export function UrlNotices() {
  const notices = useDashboardStore((s) => s.urlNotices)
  const dismiss = useDashboardStore((s) => s.dismissUrlNotices)
  const { t } = useI18n()
  if (notices.length === 0) return null
  return (
    <div className="notice notice-warning" role="status">
      <p>
        <strong>{t('notices.linkTitle')}</strong>
      </p>
      <ul className="problem-list">
        {notices.map((n, i) => (
          <li key={i}>{say(t, n)}</li>
        ))}
      </ul>
      <button type="button" onClick={dismiss}>
        {t('common.dismiss')}
      </button>
    </div>
  )
}
