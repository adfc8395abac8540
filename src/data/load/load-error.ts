/** The one error type for a dataset that could not be loaded or opened, with a message fit to show. */
import { formatBytes } from '@/data/load/dataset-limits'
import type { FatalError, FatalKind, Problem } from '@/data/validate/validate-dataset'
import { getI18n } from '@/lib/i18n/i18n'
import { said, say, type Said } from '@/lib/i18n/said'
import type { Translate } from '@/lib/i18n/translate'

/**
 * Why a dataset could not be opened: a fatal validation error, a CSV that is not one of the tables,
 * a file over the size limit, a download that failed, a worker that stopped, or an address refused.
 */
export type LoadErrorKind = FatalKind | 'network' | 'http' | 'worker' | 'bad-url'

export class DatasetLoadError extends Error {
  readonly kind: LoadErrorKind
  readonly problems: Problem[]
  /**
   * The message, said in the reader's language when shown (describeLoadError). Null for an error built
   * from a plain string, which is shown as written: callers not yet giving a Said (see the helpers below).
   */
  readonly said: Said | null
  constructor(kind: LoadErrorKind, message: Said | string, problems: Problem[] = []) {
    // Error.message stays English, for the console and logs; the page shows `said`.
    super(typeof message === 'string' ? message : say(getI18n('en').t, message))
    this.name = 'DatasetLoadError'
    this.kind = kind
    this.problems = problems
    this.said = typeof message === 'string' ? null : message
  }
}

/** What exactly went wrong, in the reader's language. */
export function describeLoadError(t: Translate, error: Error): string {
  return error instanceof DatasetLoadError && error.said !== null ? say(t, error.said) : error.message
}

/** A fatal error from the validator or the worker, as the page throws it. */
export const fatalLoadError = (error: FatalError): DatasetLoadError =>
  new DatasetLoadError(error.kind, error.message, error.problems)

/** The site did not answer; `detail` is the browser's own reason, quoted as it is. */
export const networkError = (url: string, detail: string): DatasetLoadError =>
  new DatasetLoadError('network', said('dataset.error.network', { url, detail }))

/** Another site did not answer, or does not let this page read its file. */
export const corsError = (url: string): DatasetLoadError =>
  new DatasetLoadError('network', said('dataset.error.cors', { url }))

export const httpError = (url: string, status: number, statusText: string): DatasetLoadError =>
  new DatasetLoadError(
    'http',
    // The status code is a code, not a quantity: written as it is, never "1,000".
    said('dataset.error.http', { url, status: `${status}${statusText === '' ? '' : ` ${statusText}`}` }),
  )

/** A download that passed the size limit while it was being read. */
export const downloadTooLarge = (url: string, maxBytes: number): DatasetLoadError =>
  new DatasetLoadError(
    'too-large',
    said('dataset.error.downloadTooLarge', { url, max: formatBytes(maxBytes) }),
  )

/** The worker died (out of memory, usually) or sent a message the page could not read. */
export const workerStopped = (): DatasetLoadError =>
  new DatasetLoadError('worker', said('dataset.error.workerStopped'))

/** The worker caught an error of its own (a bug, not the file); `detail` is its message. */
export const workerFailed = (detail: string): DatasetLoadError =>
  new DatasetLoadError('worker', said('dataset.error.workerFailed', { detail }))
