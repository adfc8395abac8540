import { useEffect, useRef } from 'react'

import { ConfidenceBadge } from '@/components/confidence-badge'
import { SourceLink } from '@/components/source-link'
import type { Source } from '@/data/schema'
import { formatDate, plural } from '@/lib/format'

interface SourcesDialogProps {
  sources: readonly Source[]
  open: boolean
  onClose: () => void
}

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' })

function languageName(tag: string): string {
  try {
    return LANGUAGE_NAMES.of(tag) ?? tag
  } catch {
    return tag
  }
}

/** Every source of the dataset, in a modal dialog (native <dialog>: focus trap and Escape for free). */
export function SourcesDialog({ sources, open, onClose }: SourcesDialogProps) {
  const ref = useRef<HTMLDialogElement>(null)

  useEffect(() => {
    const dialog = ref.current
    if (dialog === null) return
    if (open && !dialog.open) dialog.showModal()
    if (!open && dialog.open) dialog.close()
  }, [open])

  return (
    <dialog ref={ref} className="sources-dialog" aria-labelledby="sources-title" onClose={onClose}>
      <div className="dialog-head">
        <h2 id="sources-title">Sources</h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <p>
        {plural(sources.length, 'source')}. Confidence: <em>high</em> means the figure was read in an official
        page or a wire or major outlet; <em>medium</em>, in a secondary place or a state outlet of a party to
        the conflict; <em>low</em>, our own inference or a vague report.
      </p>
      <div className="table-scroll">
        <table className="sources-table">
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Publisher</th>
              <th scope="col">Published</th>
              <th scope="col">Language</th>
              <th scope="col">Confidence</th>
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
                <td>{s.published === null ? 'not stated' : formatDate(s.published)}</td>
                <td lang="en">{languageName(s.language)}</td>
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
