import { SourceLink } from '@/components/source-link'
import { usePrinted } from '@/components/print/use-printing'
import type { Source } from '@/data/validate/schema'
import { safeHttpUrl } from '@/lib/safe-url'
import { useI18n } from '@/state/use-i18n'

/** A URL as a reader would type it: percent-encoded words (Japanese, mostly) shown as themselves. */
function readable(url: string): string {
  try {
    return decodeURI(url)
  } catch {
    return url
  }
}

/**
 * The dataset's sources at the end of a printout (on screen they are in the Sources dialog). Mounted when
 * the page is first printed, never before, and shown only in print.
 */
export function PrintSources({ sources }: { sources: readonly Source[] }) {
  const printed = usePrinted()
  const { t, rich, fmt } = useI18n()
  if (!printed) return null
  return (
    <section className="print-only print-sources" aria-labelledby="print-sources-title">
      <h2 id="print-sources-title">{t('print.sources', { count: sources.length })}</h2>
      <ol>
        {sources.map((s) => {
          const url = safeHttpUrl(s.url)
          const title = <SourceLink url={s.url}>{s.title}</SourceLink>
          return (
            <li key={s.id}>
              {s.published === null
                ? rich('print.sourceUndated', { title, publisher: s.publisher })
                : rich('print.source', { title, publisher: s.publisher, date: fmt.date(s.published) })}
              {url === null ? null : <span className="print-url">{readable(url)}</span>}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
