import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'

import { designationsQueryOptions } from '@/data/load/designations-query'
import { withOpenedLists, type OpenedLists } from '@/data/official/opened-lists'
import { RECONCILED, type Reconciled } from '@/data/official/list-ids'
import type { MeasureFilter } from '@/data/shape/filter'
import type { Dataset } from '@/data/validate/schema'
import { useI18n } from '@/state/use-i18n'
import type { TimelineSeries } from '@/state/url-state'

import type { TallyPoint } from './timeline-data'

/** The tallies the lists can count (goods are not on them). */
export const countableFromLists = (series: TimelineSeries): series is Reconciled & TimelineSeries =>
  (RECONCILED as readonly string[]).includes(series)

export type ListPoints =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'ready'; points: TallyPoint[]; sourceText: string }

/**
 * A tally counted from the official lists (with a workbook the reader opened in place of the bundled
 * MOF lists). The lists (1.7 MB) are fetched only once this is asked for: never with the first screen.
 */
export function useListPoints(
  series: Reconciled | null,
  dataset: Dataset,
  filter: MeasureFilter,
  opened: OpenedLists | undefined,
): ListPoints {
  const { t, fmt } = useI18n()
  // Not counting from the lists: not told when the names panel loads them either (that redrew the timeline's
  // charts, unchanged, in the task that drew the names panel).
  const wanted = series !== null
  const query = useQuery({ ...designationsQueryOptions(), enabled: wanted, subscribed: wanted })
  // The counting code comes with the lists, never with the first screen.
  const code = useQuery({
    queryKey: ['timeline-list-points'],
    queryFn: () => import('./list-points'),
    enabled: wanted,
    subscribed: wanted,
    staleTime: Infinity,
    gcTime: Infinity,
  })
  const shaping = code.data
  const bundled = query.data?.designations
  const designations = useMemo(
    () => (bundled === undefined ? null : withOpenedLists(bundled, opened)),
    [bundled, opened],
  )
  return useMemo((): ListPoints => {
    if (series === null || designations === null || shaping === undefined) {
      if (query.isError) return { state: 'error', message: query.error.message }
      if (code.isError) return { state: 'error', message: code.error.message }
      return { state: 'loading' }
    }
    const points = shaping.listTallyPoints(
      designations,
      dataset.measures,
      series,
      { from: filter.from, to: filter.to },
      {
        title: (date) => t('timeline.lists.point', { date: fmt.date(date) }),
        description: (reported, ids) =>
          reported === null
            ? t('timeline.lists.noPress')
            : t('timeline.lists.reported', { count: fmt.number(reported), ids: ids.join(', ') }),
      },
    )
    const { files } = shaping.listSources(designations, series)
    const sourceText = t('timeline.lists.source', {
      files: fmt.list(
        files.map((f) =>
          t('timeline.lists.file', {
            publisher: f.publisher,
            file: f.file,
            asOf: f.asOf === null ? '—' : fmt.date(f.asOf),
          }),
        ),
      ),
    })
    return { state: 'ready', points, sourceText }
  }, [
    series,
    designations,
    shaping,
    dataset.measures,
    filter.from,
    filter.to,
    query.isError,
    query.error,
    code.isError,
    code.error,
    t,
    fmt,
  ])
}
