/** A validation problem as one line in the reader's language. */
import type { Problem } from '@/data/validate/problem'
import { say } from '@/lib/i18n/said'
import type { Translate } from '@/lib/i18n/translate'

/** Where the problem is: "measures[4] (id "neg")", "measures" (the list), or the document itself. */
export function problemPlace(t: Translate, p: Problem): string {
  // The index is a position in the file, written as it is ("measures[1200]", not "measures[1,200]").
  if (p.index !== null) {
    const index = String(p.index)
    return p.id === null
      ? t('problem.place.record', { collection: p.collection, index })
      : t('problem.place.recordWithId', { collection: p.collection, index, id: p.id })
  }
  return p.collection === 'document' ? t('problem.place.document') : p.collection
}

/** "measures[4] (id "neg"), field added: expected a count of zero or more, got -1" */
export function formatProblem(t: Translate, p: Problem): string {
  return t('problem.line', {
    place: problemPlace(t, p),
    field: say(t, p.field),
    expected: say(t, p.expected),
    got: say(t, p.got),
  })
}
