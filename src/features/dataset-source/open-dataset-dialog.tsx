import { useEffect, useId, useRef, useState, type FormEvent } from 'react'

import { checkDatasetUrl } from '@/data/load/data-param'
import { DEFAULT_MAX_BYTES, formatBytes } from '@/data/load/dataset-limits'
import { say, type Said } from '@/lib/i18n/said'
import { opening as words } from '@/lib/i18n/en/opening'
import { englishArea } from '@/lib/i18n/messages-en'
import { useI18n } from '@/state/use-i18n'
import '@/features/dataset-source/dataset-source.css'

// Loaded when the dialog is first opened: its words come with it (opening-parts.tsx).
englishArea(words)

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
  const { t } = useI18n()
  const ref = useRef<HTMLDialogElement>(null)
  const [address, setAddress] = useState('')
  // Kept as a message, not a sentence, so that it follows a change of language while shown.
  const [urlError, setUrlError] = useState<Said | null>(null)
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
        <h2 id={`${id}-title`}>{t('dataset.open.title')}</h2>
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      <p>{t('dataset.open.intro', { max: formatBytes(DEFAULT_MAX_BYTES) })}</p>
      <p>{t('dataset.open.workbook')}</p>
      <div className="open-dataset-section">
        <label htmlFor={`${id}-file`}>{t('dataset.open.fromFile')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,.csv,.xlsx,.xls,application/json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel"
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
        <label htmlFor={`${id}-url`}>{t('dataset.open.fromUrl')}</label>
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
            {t('dataset.open.submit')}
          </button>
        </div>
        {urlError === null ? null : (
          <p id={`${id}-url-error`} className="field-error" role="alert">
            {say(t, urlError)}
          </p>
        )}
        <p className="muted">{t('dataset.open.urlNote')}</p>
      </form>
    </dialog>
  )
}
