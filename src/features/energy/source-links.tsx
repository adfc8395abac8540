import { Fragment } from 'react'

import { SourceLink } from '@/components/source-link'
import type { Source } from '@/data/validate/schema'
import { useI18n } from '@/state/use-i18n'

interface SourceLinksProps {
  ids: readonly string[]
  sources: readonly Source[]
}

/**
 * Each source as a link named by its publisher. A publisher cited twice gets its date too, so two links
 * never share a name but lead to different pages. An id the dataset lacks is shown as itself.
 */
export function SourceLinks({ ids, sources }: SourceLinksProps) {
  const { t, fmt } = useI18n()
  const byId = new Map(sources.map((s) => [s.id, s]))
  const unique = [...new Set(ids)]
  const cited = unique.map((id) => byId.get(id)).filter((s): s is Source => s !== undefined)
  const repeated = new Set(cited.map((s) => s.publisher).filter((p, i, all) => all.indexOf(p) !== i))
  return (
    <>
      {unique.map((id, i) => {
        const s = byId.get(id)
        const name =
          s === undefined
            ? id
            : repeated.has(s.publisher)
              ? t('energy.sourceWithDetail', {
                  publisher: s.publisher,
                  detail: s.published === null ? s.title : fmt.date(s.published),
                })
              : s.publisher
        return (
          <Fragment key={id}>
            {i > 0 ? t('energy.sourceSeparator') : null}
            {s === undefined ? <span>{name}</span> : <SourceLink url={s.url}>{name}</SourceLink>}
          </Fragment>
        )
      })}
    </>
  )
}
