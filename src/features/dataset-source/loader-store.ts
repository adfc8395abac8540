/**
 * Opens datasets the user asks for (files, addresses, `?data=` links), one at a time, keeping what was on
 * screen until the new one is ready: a cancelled or failed open loses nothing that was good.
 *
 * The state lives outside React on purpose: progress ticks re-render the progress bar only, never the
 * dashboard beneath it (a re-render of every panel per tick would block the page for longer than 50 ms).
 */
import { create } from 'zustand'

import { BUNDLED_SOURCE } from '@/data/load/dataset-source'
import { DatasetLoadError } from '@/data/load/fetch-dataset'
import type { OpenContext, OpenedDataset, OpenRequest } from '@/data/load/open-dataset'
import type { JobProgress } from '@/data/load/worker-protocol'
import { currentDataParam, writeDataParam } from '@/features/dataset-source/data-param-history'
import { said } from '@/lib/i18n/said'
import { useDashboardStore } from '@/state/store'

export interface LoadJob {
  id: number
  label: string
  /** Opened from the link the page was opened with: nothing else is on screen yet. */
  initial: boolean
}

export interface LoadFailure {
  /** What was being opened (a file name, an address); null for the page's link itself (`?data=`). */
  label: string | null
  error: DatasetLoadError
  initial: boolean
  retry: OpenRequest | null
}

interface LoaderState {
  opened: OpenedDataset | null
  job: LoadJob | null
  failure: LoadFailure | null
}

/** A job id 0 is the link's dataset, announced before the page first renders and started by useDatasetLink. */
export const LINK_JOB_ID = 0
function fromLink(): LoaderState {
  const param = currentDataParam()
  if (param.kind === 'url')
    return { opened: null, failure: null, job: { id: LINK_JOB_ID, label: param.url, initial: true } }
  if (param.kind === 'invalid') {
    // Said when shown, with the address's refusal inside: the failure's label (null) marks the link.
    const error = new DatasetLoadError('bad-url', param.reason)
    return { opened: null, job: null, failure: { label: null, error, initial: false, retry: null } }
  }
  return { opened: null, job: null, failure: null }
}

export const useLoaderStore = create<LoaderState>()(fromLink)
export const useJobProgress = create<{ progress: JobProgress | null }>()(() => ({ progress: null }))

let seq = 0
let controller: AbortController | null = null
/** Progress redraws at most this often: a million records must not mean a million renders. */
const PROGRESS_EVERY_MS = 100

type Base = OpenContext['base']
export interface OpenOptions {
  initial?: boolean
  history?: 'push' | 'none'
}

export function openRequest(request: OpenRequest, base: Base, options: OpenOptions = {}): void {
  controller?.abort()
  const ctrl = new AbortController()
  controller = ctrl
  const id = ++seq
  const label = request.kind === 'url' ? request.url : request.files.map((f) => f.name).join(' + ')
  const initial = options.initial ?? false
  useLoaderStore.setState({ failure: null, job: { id, label, initial } })
  useJobProgress.setState({ progress: null })
  performance.mark('dataset-open:start')
  let shownAt = 0
  const onProgress = (progress: JobProgress) => {
    const now = performance.now()
    if (now - shownAt < PROGRESS_EVERY_MS || seq !== id) return
    shownAt = now
    useJobProgress.setState({ progress })
  }
  // The opening code (downloads, the worker's protocol for files, workbooks) loads when first used.
  void import('@/data/load/open-dataset')
    .then(({ openDataset }) => openDataset(request, { base, signal: ctrl.signal, onProgress }))
    .then(
      (opened) => {
        if (seq !== id) return
        // Marks for the bench: the span between them is the loading, what follows is the first render.
        performance.measure('dataset-open', 'dataset-open:start')
        performance.mark('dataset-open:received')
        useLoaderStore.setState({ opened, job: null, failure: null })
        useDashboardStore.getState().setDatasetSource(opened.source)
        if (options.history !== 'none') writeDataParam(opened.source, 'push')
      },
      (e: unknown) => {
        if (seq !== id) return
        if (e instanceof DOMException && e.name === 'AbortError') {
          useLoaderStore.setState({ job: null })
          // Cancelling the link's dataset falls back to the bundled one, and the link says so.
          if (initial) writeDataParam(BUNDLED_SOURCE, 'replace')
          return
        }
        const error =
          e instanceof DatasetLoadError
            ? e
            : new DatasetLoadError(
                'worker',
                said('dataset.error.unexpected', { detail: String(e).slice(0, 300) }),
              )
        useLoaderStore.setState({ job: null, failure: { label, error, initial, retry: request } })
      },
    )
}

export function cancelOpen(): void {
  controller?.abort()
}

export function backToBundled(history: 'push' | 'none' = 'push'): void {
  seq += 1
  controller?.abort()
  useLoaderStore.setState({ opened: null, job: null, failure: null })
  useDashboardStore.getState().setDatasetSource(BUNDLED_SOURCE)
  if (history === 'push') writeDataParam(BUNDLED_SOURCE, 'push')
}

/**
 * Back to the bundled lists after a workbook was opened: the dataset it was opened over stays (the
 * bundled one, or a file, whose own lists were the bundled ones).
 */
export function dropOpenedLists(): void {
  const { opened } = useLoaderStore.getState()
  if (opened?.lists === undefined) return
  if (opened.lists.origin === 'dataset') {
    // The dataset's own lists set aside: the dataset stays, and so does its address.
    const { lists: _set, ...kept } = opened
    useLoaderStore.setState({ opened: { ...kept, loadedAt: new Date().toISOString() } })
    return
  }
  const under = opened.source.kind === 'bundled' ? undefined : opened.source.mergedInto
  if (under === undefined || under.kind === 'bundled') return backToBundled()
  seq += 1
  controller?.abort()
  const { lists: _dropped, ...rest } = opened
  useLoaderStore.setState({ opened: { ...rest, source: under, loadedAt: new Date().toISOString() } })
  useDashboardStore.getState().setDatasetSource(under)
  writeDataParam(under, 'push')
}

export function dismissFailure(): void {
  useLoaderStore.setState({ failure: null })
}

/** Back to the state the current address asks for; for tests, which share one module between them. */
export function resetLoader(): void {
  seq += 1
  controller?.abort()
  controller = null
  useLoaderStore.setState(fromLink(), true)
  useJobProgress.setState({ progress: null })
}
