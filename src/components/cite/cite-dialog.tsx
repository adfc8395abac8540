import { useEffect, useId, useMemo, useRef, useState } from 'react'

import { bibtex } from '@/lib/cite/bibtex'
import { citationKey, htmlText, plainText, type CiteInput } from '@/lib/cite/cite-input'
import { cslJson } from '@/lib/cite/csl-json'
import { citation, CITATION_STYLES, STYLE_NAMES, type CitationStyle } from '@/lib/cite/styles'
import { downloadBlob } from '@/lib/download'
import { useI18n } from '@/state/use-i18n'

import './cite-dialog.css'

interface CiteDialogProps {
  input: CiteInput
  onClose: () => void
}

type Status =
  | { kind: 'idle' }
  | { kind: 'copied'; style: CitationStyle }
  | { kind: 'refused' }
  | { kind: 'saved'; name: string }

const ABOUT = {
  apa: 'cite.about.apa',
  chicago: 'cite.about.chicago',
  sist: 'cite.about.sist',
} as const

/** Copies the citation with its italics where the browser can (HTML beside plain text), else as plain text. */
async function copyCitation(text: string, html: string): Promise<void> {
  const clipboard = navigator.clipboard as Clipboard | undefined
  if (clipboard === undefined) throw new Error('no clipboard')
  if (typeof ClipboardItem === 'function' && typeof clipboard.write === 'function') {
    try {
      await clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([text], { type: 'text/plain' }),
          'text/html': new Blob([html], { type: 'text/html' }),
        }),
      ])
      return
    } catch {
      // Some browsers refuse HTML on the clipboard: plain text still serves.
    }
  }
  await clipboard.writeText(text)
}

/**
 * The citation of the view as shown, in APA 7, Chicago 17 and SIST 02, each with a copy button, and the
 * same as BibTeX and CSL-JSON files. A native modal <dialog>, as the Sources dialog.
 */
export function CiteDialog({ input, onClose }: CiteDialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const id = useId()
  const { t, fmt } = useI18n()
  const [status, setStatus] = useState<Status>({ kind: 'idle' })
  const citations = useMemo(
    () => CITATION_STYLES.map((style) => ({ style, runs: citation(style, input) })),
    [input],
  )

  useEffect(() => {
    const dialog = ref.current
    if (dialog !== null && !dialog.open) dialog.showModal()
  }, [])

  const copy = async (style: CitationStyle) => {
    const runs = citations.find((c) => c.style === style)?.runs ?? []
    try {
      await copyCitation(plainText(runs), htmlText(runs))
      setStatus({ kind: 'copied', style })
    } catch {
      setStatus({ kind: 'refused' })
    }
  }

  const save = (text: string, type: string, ext: string) => {
    const name = `${citationKey(input)}${input.locale === 'en' ? '' : `-${input.locale}`}.${ext}`
    downloadBlob(new Blob([text], { type }), name)
    setStatus({ kind: 'saved', name })
  }

  const figure = input.figureTitle
  const titleId = `${id}-title`
  return (
    <dialog ref={ref} className="cite-dialog" aria-labelledby={titleId} onClose={onClose}>
      <div className="dialog-head">
        <h2 id={titleId}>{figure === undefined ? t('cite.title') : t('cite.titleFigure')}</h2>
        <button type="button" onClick={() => ref.current?.close()}>
          {t('common.close')}
        </button>
      </div>
      {figure === undefined ? null : <p className="cite-figure">{t('cite.figureName', { figure })}</p>}
      <p>
        {t('cite.intro', {
          version: input.version,
          date: fmt.date(input.asOf),
          accessed: fmt.date(input.accessed),
        })}
      </p>
      {citations.map(({ style, runs }) => {
        const headingId = `${id}-${style}`
        const name = STYLE_NAMES[style]
        return (
          <section key={style} className="cite-style" aria-labelledby={headingId}>
            <h3 id={headingId}>{name}</h3>
            <p className="muted">{t(ABOUT[style])}</p>
            <p className="citation" data-style={style}>
              {runs.map((r, i) => (r.italic === true ? <i key={i}>{r.text}</i> : r.text))}
            </p>
            <button type="button" onClick={() => void copy(style)}>
              {t('cite.copy', { style: name })}
            </button>
          </section>
        )
      })}
      <section className="cite-files" aria-labelledby={`${id}-files`}>
        <h3 id={`${id}-files`}>{t('cite.files')}</h3>
        <div className="button-row">
          <button type="button" onClick={() => save(bibtex(input), 'application/x-bibtex', 'bib')}>
            {t('cite.bibtex')}
          </button>
          <button
            type="button"
            onClick={() => save(cslJson(input), 'application/vnd.citationstyles.csl+json', 'json')}
          >
            {t('cite.csl')}
          </button>
        </div>
      </section>
      <p role="status" className="cite-status">
        {status.kind === 'copied' ? t('cite.copied', { style: STYLE_NAMES[status.style] }) : null}
        {status.kind === 'refused' ? t('cite.refused') : null}
        {status.kind === 'saved' ? t('export.saved', { name: status.name }) : null}
      </p>
    </dialog>
  )
}
