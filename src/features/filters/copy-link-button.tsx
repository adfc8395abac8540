import { useState } from 'react'

import { useI18n } from '@/state/use-i18n'

type Status = { kind: 'idle' } | { kind: 'copied' } | { kind: 'failed'; url: string }

/** Copies the address of this exact view; where the clipboard is refused, shows the link to copy by hand. */
export function CopyLinkButton() {
  const [status, setStatus] = useState<Status>({ kind: 'idle' })
  const { t } = useI18n()

  const copy = async () => {
    const url = window.location.href
    try {
      await navigator.clipboard.writeText(url)
      setStatus({ kind: 'copied' })
    } catch {
      setStatus({ kind: 'failed', url })
    }
  }

  return (
    <div className="copy-link">
      <button type="button" onClick={() => void copy()}>
        {t('link.copy')}
      </button>
      <span role="status" className="copy-status">
        {status.kind === 'copied' ? t('link.copied') : null}
        {status.kind === 'failed' ? t('link.refused') : null}
      </span>
      {status.kind === 'failed' ? (
        <input
          className="copy-fallback"
          readOnly
          value={status.url}
          aria-label={t('link.label')}
          onFocus={(e) => e.currentTarget.select()}
        />
      ) : null}
    </div>
  )
}
