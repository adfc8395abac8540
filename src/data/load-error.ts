/** The one error type for a dataset that could not be loaded or opened, with a message fit to show. */
import type { FatalKind, Problem } from '@/data/validate-dataset'

/**
 * Why a dataset could not be opened: a fatal validation error, a CSV that is not one of the tables,
 * a file over the size limit, a download that failed, a worker that stopped, or an address refused.
 */
export type LoadErrorKind = FatalKind | 'network' | 'http' | 'worker' | 'bad-url'

export class DatasetLoadError extends Error {
  readonly kind: LoadErrorKind
  readonly problems: Problem[]
  constructor(kind: LoadErrorKind, message: string, problems: Problem[] = []) {
    super(message)
    this.name = 'DatasetLoadError'
    this.kind = kind
    this.problems = problems
  }
}
