import { useDashboardStore } from '@/state/store'

/** Parts of the opening link that could not be used, said once, with a way to dismiss. */
export function UrlNotices() {
  const notices = useDashboardStore((s) => s.urlNotices)
  const dismiss = useDashboardStore((s) => s.dismissUrlNotices)
  if (notices.length === 0) return null
  return (
    <div className="notice notice-warning" role="status">
      <p>
        <strong>Some of this link could not be used; the rest of the view is as shared.</strong>
      </p>
      <ul className="problem-list">
        {notices.map((n, i) => (
          <li key={i}>{n}</li>
        ))}
      </ul>
      <button type="button" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  )
}
