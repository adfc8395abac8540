import { useQuery } from '@tanstack/react-query'
import { useEffect, useMemo, useRef, useState } from 'react'

import { designationsQueryOptions } from '@/data/load/designations-query'
import { withOpenedLists, type OpenedLists } from '@/data/official/opened-lists'
import type { Dataset } from '@/data/validate/schema'
import { useI18n } from '@/state/use-i18n'

import { ListedSearch } from './listed-search'
import { OpenedListsNote } from './opened-lists-note'
import { ReconcileTable } from './reconcile-table'

import { listed as words } from '@/lib/i18n/en/listed'
import { englishArea } from '@/lib/i18n/messages-en'

// This panel's English text comes with its code, not with the first screen (messages-en.ts).
englishArea(words)

/**
 * "Who is listed": Japan's official lists, name by name. The lists (1.7 MB) are fetched when the panel
 * comes near the screen, or when asked, never with the first screen.
 */
export function ListedPanel({
  dataset,
  lists,
  onBundledLists,
}: {
  dataset: Dataset
  /** A Ministry of Finance workbook the reader opened: its lists replace the bundled MOF lists. */
  lists?: OpenedLists | undefined
  onBundledLists?: () => void
}) {
  const { t } = useI18n()
  const [wanted, setWanted] = useState(false)
  const near = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const el = near.current
    if (wanted || el === null || typeof IntersectionObserver === 'undefined') return
    const watch = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setWanted(true)
      },
      { rootMargin: '200px 0px' },
    )
    watch.observe(el)
    return () => watch.disconnect()
  }, [wanted])
  const query = useQuery({ ...designationsQueryOptions(), enabled: wanted })
  const bundled = query.data?.designations
  const designations = useMemo(
    () => (bundled === undefined ? [] : withOpenedLists(bundled, lists)),
    [bundled, lists],
  )

  if (!wanted) {
    return (
      <div ref={near}>
        <button type="button" onClick={() => setWanted(true)}>
          {t('listed.load')}
        </button>
      </div>
    )
  }
  if (query.isPending) {
    return (
      <p role="status" className="panel-loading">
        {t('listed.loading')}
      </p>
    )
  }
  if (query.isError) {
    return (
      <div role="alert" className="notice notice-error">
        <p>{t('listed.error', { message: query.error.message })}</p>
        <button type="button" onClick={() => void query.refetch()}>
          {t('listed.retry')}
        </button>
      </div>
    )
  }
  return (
    <>
      {lists === undefined ? null : <OpenedListsNote lists={lists} onBundledLists={onBundledLists} />}
      <ListedSearch designations={designations} rejected={query.data.rejected} />
      <ReconcileTable designations={designations} measures={dataset.measures} />
    </>
  )
}
