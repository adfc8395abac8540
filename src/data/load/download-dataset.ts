/**
 * Downloads a dataset the user asked for, on the page (so the page's Content-Security-Policy governs the
 * request), into a Blob handed to the worker. Refuses a declared size over the limit before reading the
 * body, and stops reading once the limit is passed. No cookies or referrer are sent to the other site.
 */
import { sizeRefusal } from '@/data/load/dataset-limits'
import { corsError, DatasetLoadError, downloadTooLarge, httpError } from '@/data/load/load-error'
import type { JobProgress } from '@/data/load/worker-protocol'

export interface DownloadOptions {
  signal: AbortSignal
  maxBytes: number
  onProgress: (progress: JobProgress) => void
}

export async function downloadDataset(url: string, options: DownloadOptions): Promise<Blob> {
  let response: Response
  try {
    response = await fetch(url, {
      signal: options.signal,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      headers: { Accept: 'application/json, text/csv;q=0.9, */*;q=0.1' },
    })
  } catch (e) {
    if (options.signal.aborted) throw e
    throw corsError(url)
  }
  if (!response.ok) {
    throw httpError(url, response.status, response.statusText)
  }
  const declared = Number(response.headers.get('Content-Length') ?? NaN)
  const refusal = Number.isFinite(declared) ? sizeRefusal(url, declared, options.maxBytes) : null
  if (refusal !== null) {
    void response.body?.cancel()
    throw new DatasetLoadError('too-large', refusal)
  }
  const type = response.headers.get('Content-Type')?.split(';')[0]?.trim() ?? ''
  const total = Number.isFinite(declared) ? declared : 0
  const reader = response.body?.getReader()
  if (reader === undefined) return new Blob([], { type })
  const chunks: Uint8Array<ArrayBuffer>[] = []
  let read = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    read += value.byteLength
    if (read > options.maxBytes) {
      void reader.cancel()
      throw downloadTooLarge(url, options.maxBytes)
    }
    chunks.push(value)
    options.onProgress({ phase: 'downloading', done: read, total })
  }
  return new Blob(chunks, { type })
}
