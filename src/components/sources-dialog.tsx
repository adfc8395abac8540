import { useEffect, useRef } from 'react'

import { ConfidenceBadge } from '@/components/confidence-badge'
import { SourceLink } from '@/components/source-link'
import type { Source } from '@/data/validate/schema'
import type { Locale } from '@/lib/i18n/locales'
import { useI18n } from '@/state/use-i18n'

interface SourcesDialogProps {
  sources: readonly Source[]
  open: boolean
  onClose: () => void
}

const languageNames = new Map<Locale, Intl.DisplayNames>()

/** "ja" → "Japanese" / "日本語", in the reader's language; a tag Intl cannot name is shown as itself. */
function languageName(tag: string, locale: Locale): string {
  try {
    let names = languageNames.get(locale)
    if (names === undefined) {
      names = new Intl.DisplayNames([locale], { type: 'language' })
      languageNames.set(locale, names)
    }
    return names.of(tag) ?? tag
  } catch {
    return tag
  }
}

/** Every source of the dataset, in a modal dialog (native <dialog>: focus trap and Escape for free). */
export function SourcesDialog({ sources, open, onClose }: SourcesDialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const { t, rich, fmt, locale } = useI18n()

  useEffect(() => {
    const dialog = ref.current
    if (dialog === null) return
    if (open && !dialog.open) dialog.showModal()
    if (!open && dialog.open) dialog.close()
  }, [open])

  return (
    <dialog ref={ref} className="sources-dialog" aria-labelledby="sources-title" onClose={onClose}>
      <div className="dialog-head">
        <h2 id="sources-title">{t('sources.title')}</h2>
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      <p>
        {rich('sources.intro', {
          count: sources.length,
          high: <em>{t('confidence.highWord')}</em>,
          medium: <em>{t('confidence.mediumWord')}</em>,
          low: <em>{t('confidence.lowWord')}</em>,
        })}
      </p>
      <div className="table-scroll">
        <table className="sources-table">
          <thead>
            <tr>
              <th scope="col">{t('sources.colTitle')}</th>
              <th scope="col">{t('sources.colPublisher')}</th>
              <th scope="col">{t('sources.colPublished')}</th>
              <th scope="col">{t('sources.colLanguage')}</th>
              <th scope="col">{t('sources.colConfidence')}</th>
            </tr>
          </thead>
          <tbody>
            {sources.map((s) => (
              <tr key={s.id} id={`source-${s.id}`}>
                <td>
                  <SourceLink url={s.url}>{s.title}</SourceLink>
                  {s.note === undefined ? null : <div className="muted">{s.note}</div>}
                </td>
                <td>{s.publisher}</td>
                <td>{s.published === null ? t('sources.notStated') : fmt.date(s.published)}</td>
                <td>{languageName(s.language, locale)}</td>
                <td>
                  <ConfidenceBadge confidence={s.confidence} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </dialog>
  )
}
