import { useEffect, useId, useRef, useState } from 'react'

import { useI18n } from '@/state/use-i18n'

import './cite-dialog.css'

export interface EmbedDialogProps {
  /** The figure's title, as the page shows it. */
  figure: string
  /** The figure alone: the view's permalink with `embed` set. */
  src: string
  snippet: string
  height: number
  onClose: () => void
}

/** "Embed": the figure's <iframe> code, to copy, with its size and a link to see what it shows. */
export function EmbedDialog({ figure, src, snippet, height, onClose }: EmbedDialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const id = useId()
  const { t } = useI18n()
  const [status, setStatus] = useState<'idle' | 'copied' | 'refused'>('idle')
  useEffect(() => {
    const dialog = ref.current
    if (dialog !== null && !dialog.open) dialog.showModal()
  }, [])
  const copy = async () => {
    try {
      const clipboard = navigator.clipboard as Clipboard | undefined
      if (clipboard === undefined) throw new Error('no clipboard')
      await clipboard.writeText(snippet)
      setStatus('copied')
    } catch {
      setStatus('refused')
    }
  }
  const titleId = `${id}-title`
  return (
    <dialog ref={ref} className="cite-dialog" aria-labelledby={titleId} onClose={onClose}>
      <div className="dialog-head">
        <h2 id={titleId}>{t('embed.title')}</h2>
        <button type="button" onClick={() => ref.current?.close()}>
          {t('common.close')}
        </button>
      </div>
      <p>{t('embed.intro', { figure })}</p>
      <label className="embed-snippet">
        {t('embed.snippet')}
        <textarea readOnly rows={4} value={snippet} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <p className="muted">{t('embed.size', { height })}</p>
      <div className="button-row">
        <button type="button" onClick={() => void copy()}>
          {t('embed.copy')}
        </button>
        <a href={src} target="_blank" rel="noopener">
          {t('embed.preview')}
        </a>
      </div>
      <p role="status" className="cite-status">
        {status === 'copied' ? t('embed.copied') : status === 'refused' ? t('embed.refused') : ''}
      </p>
    </dialog>
  )
}
