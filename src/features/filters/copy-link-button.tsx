import { useState } from 'react'

type Status = { kind: 'idle' } | { kind: 'copied' } | { kind: 'failed'; url: string }

/** Copies the address of this exact view; where the clipboard is refused, shows the link to copy by hand. */
export function CopyLinkButton() {
  const [status, setStatus] = useState<Status>({ kind: 'idle' })

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
        Copy link
      </button>
      <span role="status" className="copy-status">
        {status.kind === 'copied' ? 'Link to this view copied.' : null}
        {status.kind === 'failed' ? 'This browser refused the clipboard; copy the link below.' : null}
      </span>
      {status.kind === 'failed' ? (
        <input
          className="copy-fallback"
          readOnly
          value={status.url}
          aria-label="Link to this view"
          onFocus={(e) => e.currentTarget.select()}
        />
      ) : null}
    </div>
  )
}
