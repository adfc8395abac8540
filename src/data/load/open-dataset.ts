/**
 * Opening a dataset the user chose: files from the picker or a drop, or an address. Checks what can be
 * checked before reading (size, address), downloads on the page, then parses and validates in the worker.
 * Throws DatasetLoadError with a message fit to show, or an AbortError when cancelled.
 */
import { checkDatasetUrl, fileNameOfUrl } from '@/data/load/data-param'
import { DEFAULT_MAX_BYTES, MAX_PROBLEMS_KEPT, sizeRefusal } from '@/data/load/dataset-limits'
import type { DatasetSource } from '@/data/load/dataset-source'
import { downloadDataset } from '@/data/load/download-dataset'
import { DatasetLoadError } from '@/data/load/load-error'
import { runWorkerJob, type JobHooks, type WorkerJobResult } from '@/data/load/load-in-worker'
import type { BilingualDataset } from '@/data/validate/schema'
import type { ConsistencyCheck } from '@/data/shape/consistency'
import type { Problem } from '@/data/validate/validate-dataset'
import type { JobFile, JobProgress, JobRequest } from '@/data/load/worker-protocol'

export interface OpenedDataset {
  source: DatasetSource
  dataset: BilingualDataset
  problems: Problem[]
  rejected: number
  omittedProblems: number
  /** Consistency checks, run in the worker for an opened dataset; null to run them on the page. */
  checks: ConsistencyCheck[] | null
  /** When it was loaded (ISO 8601), for the report. */
  loadedAt: string
}

export type OpenRequest = { kind: 'files'; files: readonly File[] } | { kind: 'url'; url: string }

export interface OpenContext {
  /** The dataset on screen and where it came from, for CSV tables to be merged into. */
  base: { dataset: BilingualDataset; source: DatasetSource } | null
  signal: AbortSignal
  onProgress: (progress: JobProgress) => void
  maxBytes?: number
  pageUrl?: string
  /** Replaceable in tests, where there is no Worker. */
  runJob?: (request: Omit<JobRequest, 'type'>, hooks: JobHooks) => Promise<WorkerJobResult>
}

const clearlyJson = (f: File) => /\.json$/i.test(f.name) || f.type === 'application/json'

export async function openDataset(request: OpenRequest, ctx: OpenContext): Promise<OpenedDataset> {
  const maxBytes = ctx.maxBytes ?? DEFAULT_MAX_BYTES
  const runJob = ctx.runJob ?? runWorkerJob
  let files: JobFile[]
  let source: DatasetSource
  let needsBase: boolean
  if (request.kind === 'files') {
    const size = request.files.reduce((n, f) => n + f.size, 0)
    const name = request.files.map((f) => f.name).join(' + ')
    const refusal = sizeRefusal(name, size, maxBytes)
    if (refusal !== null) throw new DatasetLoadError('too-large', refusal)
    files = request.files.map((f) => ({ blob: f, name: f.name }))
    source = { kind: 'file', name, size }
    // Cloning the dataset on screen into the worker costs time; only CSV tables need it.
    needsBase = !request.files.some(clearlyJson)
  } else {
    const checked = checkDatasetUrl(request.url, ctx.pageUrl ?? window.location.href)
    if (!checked.ok) throw new DatasetLoadError('bad-url', checked.reason)
    const blob = await downloadDataset(checked.url, {
      signal: ctx.signal,
      maxBytes,
      onProgress: ctx.onProgress,
    })
    files = [{ blob, name: fileNameOfUrl(checked.url) || 'dataset' }]
    source = { kind: 'url', url: checked.url }
    needsBase = !/\.json$/i.test(files[0]?.name ?? '') && blob.type !== 'application/json'
  }
  const result = await runJob(
    {
      files,
      base: needsBase ? (ctx.base?.dataset ?? null) : null,
      maxBytes,
      maxProblems: MAX_PROBLEMS_KEPT,
    },
    { signal: ctx.signal, onProgress: ctx.onProgress },
  )
  if (result.mergedIntoBase && ctx.base !== null) source = { ...source, mergedInto: ctx.base.source }
  return {
    source,
    dataset: result.dataset,
    problems: result.problems,
    rejected: result.rejected,
    omittedProblems: result.omittedProblems,
    checks: result.checks,
    loadedAt: new Date().toISOString(),
  }
}
