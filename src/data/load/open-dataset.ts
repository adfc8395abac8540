/**
 * Opening a dataset the user chose: files from the picker or a drop, or an address. Checks what can be
 * checked before reading (size, address), downloads on the page, then parses and validates in the worker.
 * Throws DatasetLoadError with a message fit to show, or an AbortError when cancelled.
 */
import { checkDatasetUrl, fileNameOfUrl } from '@/data/load/data-param'
import { DEFAULT_MAX_BYTES, MAX_PROBLEMS_KEPT, sizeRefusal } from '@/data/load/dataset-limits'
import { BUNDLED_SOURCE, type DatasetSource } from '@/data/load/dataset-source'
import { downloadDataset } from '@/data/load/download-dataset'
import { DatasetLoadError } from '@/data/load/load-error'
import { BUNDLED_DATASET_URL, fetchDataset } from '@/data/load/fetch-dataset'
import {
  runWorkerJob,
  type JobHooks,
  type WorkbookJobResult,
  type WorkerJobResult,
} from '@/data/load/load-in-worker'
import { listsOfDataset, type OpenedLists } from '@/data/official/opened-lists'
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
  /** A Ministry of Finance workbook opened over the dataset: its lists replace the bundled ones. */
  lists?: OpenedLists
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
  runJob?: (
    request: Omit<JobRequest, 'type'>,
    hooks: JobHooks,
  ) => Promise<WorkerJobResult | WorkbookJobResult>
  /** The bundled dataset, for a workbook opened from a link with nothing on screen; replaceable in tests. */
  loadBundled?: (signal: AbortSignal) => Promise<{ dataset: BilingualDataset }>
}

const clearlyJson = (f: File) => /\.json$/i.test(f.name) || f.type === 'application/json'
const clearlyWorkbook = (name: string) => /\.xlsx?$/i.test(name)

/** The dataset a workbook is opened over: the one on screen, or (from a link) the bundled one. */
async function datasetUnderLists(
  ctx: OpenContext,
): Promise<{ dataset: BilingualDataset; source: DatasetSource }> {
  if (ctx.base !== null) {
    const { source } = ctx.base
    // A workbook opened over another workbook replaces it: its lists are not merged twice.
    const under =
      source.kind !== 'bundled' && source.mergedInto !== undefined && clearlyWorkbook(sourceName(source))
        ? source.mergedInto
        : source
    return { dataset: ctx.base.dataset, source: under }
  }
  const loaded = await (ctx.loadBundled ?? ((signal) => fetchDataset(BUNDLED_DATASET_URL, signal)))(
    ctx.signal,
  )
  return { dataset: loaded.dataset, source: BUNDLED_SOURCE }
}

const sourceLabel = (source: DatasetSource) => (source.kind === 'bundled' ? 'bundled' : sourceName(source))

const sourceName = (source: Exclude<DatasetSource, { kind: 'bundled' }>) =>
  source.kind === 'url' ? source.url : source.name

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
    needsBase = !request.files.some((f) => clearlyJson(f) || clearlyWorkbook(f.name))
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
    const fileName = files[0]?.name ?? ''
    needsBase = !/\.json$/i.test(fileName) && !clearlyWorkbook(fileName) && blob.type !== 'application/json'
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
  if (result.kind === 'workbook') {
    const under = await datasetUnderLists(ctx)
    const { summary } = result
    return {
      source: { ...source, mergedInto: under.source },
      dataset: under.dataset,
      problems: [],
      rejected: 0,
      omittedProblems: 0,
      checks: null,
      loadedAt: new Date().toISOString(),
      lists: {
        origin: 'workbook',
        file: summary.file,
        asOf: summary.asOf,
        asOfFrom: summary.asOfFrom,
        designations: result.designations,
        sheets: summary.sheets,
        skippedSheets: summary.skippedSheets,
        problems: summary.problems,
        omittedProblems: summary.omittedProblems,
      },
    }
  }
  if (result.mergedIntoBase && ctx.base !== null) source = { ...source, mergedInto: ctx.base.source }
  // A version-4 dataset's designations replace the bundled lists they cover.
  const lists = listsOfDataset(result.dataset.designations ?? [], sourceLabel(source))
  return {
    source,
    dataset: result.dataset,
    problems: result.problems,
    rejected: result.rejected,
    omittedProblems: result.omittedProblems,
    checks: result.checks,
    loadedAt: new Date().toISOString(),
    ...(lists === undefined ? {} : { lists }),
  }
}
