/** What validation says about a rejected record: the words are structured messages (Said), said on the page. */
import type { Said } from '@/lib/i18n/said'

export type Collection =
  | 'sources'
  | 'measures'
  | 'goods'
  | 'energy.lngSuppliers'
  | 'energy.figures'
  | 'energy.sakhalin2Shareholders'
  | 'energy.dependencies'
  | 'energy.events'
  | 'designations'

/**
 * One reason a record was rejected. Made in the worker and said on the page (formatProblem), so the
 * words are structured messages, not sentences in one language.
 */
export interface Problem {
  collection: Collection | 'document'
  /** Position of the record in its list; null for a problem with the list itself. */
  index: number | null
  id: string | null
  field: Said
  expected: Said
  got: Said
}
