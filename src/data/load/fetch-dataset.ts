/**
 * Fetching the bundled dataset; validation happens at the boundary. In a browser the document is parsed
 * and validated in the dataset worker, as an opened file is, so a large bundled dataset never blocks the
 * page; where there is no Worker (tests in jsdom) it is validated here.
 */
import { MAX_PROBLEMS_KEPT } from '@/data/load/dataset-limits'
import { fatalLoadError, httpError, networkError, workerFailed } from '@/data/load/load-error'
import { runWorkerJob } from '@/data/load/load-in-worker'
import type { BilingualDataset } from '@/data/validate/schema'
import type { ConsistencyCheck } from '@/data/shape/consistency'
import type { Problem } from '@/data/validate/validate-dataset'

export { DatasetLoadError, type LoadErrorKind } from '@/data/load/load-error'

/** The bundled dataset, relative to the page so the build works under any sub-path. */
export const BUNDLED_DATASET_URL = 'data/sanctions.json'

export interface LoadedDataset {
  url: string
  dataset: BilingualDataset
  /** Why each rejected record was left out. */
  problems: Problem[]
  rejected: number
  /** Problems counted beyond the kept list. */
  omittedProblems: number
  /** The consistency checks, when the worker ran them; null to run them on the page. */
  checks: ConsistencyCheck[] | null
}

/** Fetches and validates a dataset; throws DatasetLoadError with a message fit to show a user. */
export async function fetchDataset(url: string, signal?: AbortSignal): Promise<LoadedDataset> {
  let response: Response
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } })
  } catch (e) {
    if (signal?.aborted) throw e
    throw networkError(url, e instanceof Error ? e.message : String(e))
  }
  if (!response.ok) {
    throw httpError(url, response.status, response.statusText)
  }
  if (typeof Worker === 'undefined') {
    // No worker (tests in jsdom, old browsers): validate here; the validator loads only then.
    const { validateDatasetText } = await import('@/data/validate/validate-dataset')
    const result = validateDatasetText(await response.text())
    if (!result.ok) throw fatalLoadError(result.error)
    const { dataset, problems, rejected, omittedProblems } = result
    return { url, dataset, problems, rejected, omittedProblems, checks: null }
  }
  const blob = await response.blob()
  const result = await runWorkerJob(
    // The bundled file is ours: no size limit, but the worker's limits on records still hold.
    {
      files: [{ blob, name: url }],
      base: null,
      maxBytes: Number.MAX_SAFE_INTEGER,
      maxProblems: MAX_PROBLEMS_KEPT,
    },
    { signal: signal ?? new AbortController().signal, onProgress: () => {} },
  )
  // The bundled file is a JSON dataset; a workbook there is a broken build, said as the worker's failure.
  if (result.kind !== 'dataset') throw workerFailed(`${url} is a workbook, not a dataset`)
  const { dataset, problems, rejected, omittedProblems, checks } = result
  return { url, dataset, problems, rejected, omittedProblems, checks }
}
