import { Fragment } from 'react'

import { SourceLink } from '@/components/source-link'
import type { Source } from '@/data/schema'
import { formatDate } from '@/lib/format'

interface SourceLinksProps {
  ids: readonly string[]
  sources: readonly Source[]
}

/**
 * Each source as a link named by its publisher. A publisher cited twice gets its date too, so two links
 * never share a name but lead to different pages. An id the dataset lacks is shown as itself.
 */
export function SourceLinks({ ids, sources }: SourceLinksProps) {
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
              ? `${s.publisher} (${s.published === null ? s.title : formatDate(s.published)})`
              : s.publisher
        return (
          <Fragment key={id}>
            {i > 0 ? ', ' : null}
            {s === undefined ? <span>{name}</span> : <SourceLink url={s.url}>{name}</SourceLink>}
          </Fragment>
        )
      })}
    </>
  )
}
