/** Fetching the dataset document; validation happens here, at the boundary. */
import type { Dataset } from '@/data/schema'
import { validateDatasetText, type FatalKind, type Problem } from '@/data/validate-dataset'

/** The bundled dataset, relative to the page so the build works under any sub-path. */
export const BUNDLED_DATASET_URL = 'data/sanctions.json'

export interface LoadedDataset {
  url: string
  dataset: Dataset
  /** Why each rejected record was left out. */
  problems: Problem[]
  rejected: number
}

export type LoadErrorKind = FatalKind | 'network' | 'http'

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

/** Fetches and validates a dataset; throws DatasetLoadError with a message fit to show a user. */
export async function fetchDataset(url: string, signal?: AbortSignal): Promise<LoadedDataset> {
  let response: Response
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } })
  } catch (e) {
    if (signal?.aborted) throw e
    throw new DatasetLoadError(
      'network',
      `Could not reach ${url}: ${e instanceof Error ? e.message : String(e)}.`,
    )
  }
  if (!response.ok) {
    throw new DatasetLoadError(
      'http',
      `Could not load ${url}: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
    )
  }
  const result = validateDatasetText(await response.text())
  if (!result.ok) throw new DatasetLoadError(result.error.kind, result.error.message, result.error.problems)
  return { url, dataset: result.dataset, problems: result.problems, rejected: result.rejected }
}
