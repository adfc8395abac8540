import { useEffect, useId, useRef, useState, type FormEvent } from 'react'

import { checkDatasetUrl } from '@/data/data-param'
import { DEFAULT_MAX_BYTES, formatBytes } from '@/data/dataset-limits'
import '@/features/dataset-source/dataset-source.css'

interface OpenDatasetDialogProps {
  open: boolean
  onClose: () => void
  onFiles: (files: File[]) => void
  onUrl: (url: string) => void
}

/**
 * "Open dataset…": a file picker and an address field, in a native modal dialog (focus trap and Escape
 * for free). Keyboard users get here what drag-and-drop gives mouse users.
 */
export function OpenDatasetDialog({ open, onClose, onFiles, onUrl }: OpenDatasetDialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const [address, setAddress] = useState('')
  const [urlError, setUrlError] = useState<string | null>(null)
  const id = useId()

  useEffect(() => {
    const dialog = ref.current
    if (dialog === null) return
    if (open && !dialog.open) dialog.showModal()
    if (!open && dialog.open) dialog.close()
  }, [open])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const checked = checkDatasetUrl(address, window.location.href)
    if (!checked.ok) {
      setUrlError(checked.reason)
      return
    }
    setUrlError(null)
    onClose()
    onUrl(checked.url)
  }

  return (
    <dialog ref={ref} className="open-dataset-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <div className="dialog-head">
        <h2 id={`${id}-title`}>Open a dataset</h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <p>
        A JSON file in the dataset format, or CSV tables of measures or goods, which replace that table in the
        dataset on screen. Up to {formatBytes(DEFAULT_MAX_BYTES)}. You can also drop files anywhere on the
        page. The file is read in this browser only; nothing is uploaded.
      </p>
      <div className="open-dataset-section">
        <label htmlFor={`${id}-file`}>From your computer</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,.csv,application/json,text/csv"
          multiple
          onChange={(e) => {
            const files = [...(e.currentTarget.files ?? [])]
            e.currentTarget.value = ''
            if (files.length === 0) return
            onClose()
            onFiles(files)
          }}
        />
      </div>
      <form className="open-dataset-section" onSubmit={submit} noValidate>
        <label htmlFor={`${id}-url`}>From an address (https://…)</label>
        <div className="open-dataset-url">
          <input
            id={`${id}-url`}
            type="text"
            inputMode="url"
            autoComplete="url"
            spellCheck={false}
            value={address}
            aria-invalid={urlError !== null}
            aria-describedby={urlError === null ? undefined : `${id}-url-error`}
            onChange={(e) => setAddress(e.target.value)}
          />
          <button type="submit" className="button-primary">
            Open
          </button>
        </div>
        {urlError === null ? null : (
          <p id={`${id}-url-error`} className="field-error" role="alert">
            {urlError}
          </p>
        )}
        <p className="muted">
          Another site must allow reading its file (CORS). An address you open is added to this page’s link,
          so you can share it.
        </p>
      </form>
    </dialog>
  )
}
