/**
 * What the dataset worker does, as a plain async function so unit tests can run it without a Worker:
 * read and parse the files, merge CSV tables, validate record by record, run the consistency checks, and
 * post the valid records back in small batches. Every failure becomes a message; nothing here throws.
 */
import { collectionOf, COLLECTIONS } from '@/data/validate/dataset-collections'
import { csvWithoutDataset } from '@/data/worker/csv-tables'
import { filesTooLarge, MAX_RECORDS } from '@/data/load/dataset-limits'
import { GOODS_CHUNK_ROWS, packGoods } from '@/data/goods/goods-store'
import { readJobFiles, type CsvPart } from '@/data/worker/read-job-files'
import type { BilingualDataset } from '@/data/validate/schema'
import { runConsistencyChecks } from '@/data/shape/consistency'
import { indexDataset } from '@/data/goods/goods-index'
import { goodsIndexParts } from '@/data/goods/goods-query'
import { validateDatasetSteps, type FatalError, type Problem } from '@/data/validate/validate-dataset'
import type { JobPhase, JobRequest, WorkerMessage } from '@/data/load/worker-protocol'
import { isWorkbook, processWorkbook } from '@/data/worker/process-workbook'
import { said } from '@/lib/i18n/said'

export { countOpeners } from '@/data/worker/read-job-files'

/** Records per 'records' message: small enough that receiving one never blocks the page for long. */
export const RECORDS_PER_MESSAGE = 500
/**
 * Batches sent ahead of the page's acknowledgements. Without a limit the worker floods the page's task
 * queue, and the page's garbage collector then works in long pauses instead of between batches.
 */
const BATCHES_IN_FLIGHT = 2
/** Progress is posted at most this often, so a fast job does not flood the page with messages. */
const PROGRESS_EVERY_MS = 80

export interface JobChannel {
  /** `transfer`: buffers handed over rather than copied (they are unusable here afterwards). */
  post: (message: WorkerMessage, transfer?: Transferable[]) => void
  /** Resolves when the page has acknowledged one more batch of records. */
  nextAck: () => Promise<void>
}

const fatal = (error: FatalError): WorkerMessage => ({ type: 'fatal', error })
const isRecord = (v: unknown): v is object => typeof v === 'object' && v !== null && !Array.isArray(v)

export async function processJob(request: JobRequest, channel: JobChannel): Promise<void> {
  const { post } = channel
  let last = 0
  const progress = (phase: JobPhase, done: number, total: number, force = false) => {
    const now = performance.now()
    if (!force && now - last < PROGRESS_EVERY_MS) return
    last = now
    post({ type: 'progress', progress: { phase, done, total } })
  }
  const totalBytes = request.files.reduce((n, f) => n + f.blob.size, 0)
  if (totalBytes > request.maxBytes) return post(fatal(filesTooLarge(totalBytes, request.maxBytes)))
  const heads = await Promise.all(
    request.files.map(async (f) => new Uint8Array(await f.blob.slice(0, 8).arrayBuffer())),
  )
  const workbooks = request.files.filter((f, i) => isWorkbook(f.name, heads[i] ?? new Uint8Array()))
  if (workbooks.length > 0) {
    const [workbook] = workbooks
    if (request.files.length > 1 || workbook === undefined)
      return post(fatal({ kind: 'workbook', message: said('dataset.fatal.workbook.alone'), problems: [] }))
    return processWorkbook(workbook, { post, send: flowControlled(channel), progress })
  }
  const read = await readJobFiles(request.files, progress)
  if (!read.ok) return post(fatal(read.error))
  const { json, csv } = read

  // CSV tables replace their table in the JSON file opened with them, or else in the dataset on screen.
  const base: unknown = json !== null ? json.value : request.base
  if (csv.length > 0 && !isRecord(base) && json === null) return post(fatal(csvWithoutDataset()))
  const tables = Object.fromEntries(csv.map((c) => [c.table, c.records]))
  const document: unknown = csv.length > 0 && isRecord(base) ? { ...base, ...tables } : base

  const steps = validateDatasetSteps(document, {
    maxProblems: request.maxProblems,
    maxRecords: MAX_RECORDS,
    chunkSize: 1000,
  })
  let step = steps.next()
  while (step.done !== true) {
    progress('validating', step.value.validated, step.value.total)
    step = steps.next()
  }
  const result = step.value
  if (!result.ok) return post(fatal(result.error))

  const { problems, omitted } = withCsvRows(result.problems, csv, request.maxProblems)
  progress('checking', 0, 0, true)
  const checks = runConsistencyChecks(result.dataset.measures, result.dataset.goods)
  // The goods search index is built here too (still the 'checking' phase for the user): on the page
  // it took one task of several hundred ms.
  const { parts, blobs, transfer } = goodsIndexParts(indexDataset(result.dataset))
  const send = flowControlled(channel)
  await sendRecords(result.dataset, send, progress)
  for (const text of blobs) await send({ type: 'goods-search-text', text })
  post({ type: 'goods-index', parts }, transfer)
  post({
    type: 'done',
    summary: {
      schemaVersion: result.dataset.schemaVersion,
      meta: result.dataset.meta,
      problems,
      rejected: result.rejected + csv.reduce((n, c) => n + c.rowProblems.length, 0),
      omittedProblems: result.omittedProblems + omitted,
      checks,
      csvTables: csv.map((c) => c.table),
      mergedIntoBase: csv.length > 0 && json === null,
    },
  })
}

/** CSV problems name the data row: record indices are mapped back, and malformed rows are listed first. */
function withCsvRows(found: Problem[], csv: readonly CsvPart[], max: number) {
  const mapped = found.map((p) => {
    const part = csv.find((c) => c.table === p.collection)
    return part === undefined || p.index === null ? p : { ...p, index: part.rowOf[p.index] ?? p.index }
  })
  const all = [...csv.flatMap((c) => c.rowProblems), ...mapped]
  return { problems: all.slice(0, max), omitted: Math.max(0, all.length - max) }
}

type Send = (message: WorkerMessage, transfer?: Transferable[]) => Promise<void>

/** Posts a message once fewer than BATCHES_IN_FLIGHT are waiting for the page's acknowledgement. */
function flowControlled(channel: JobChannel): Send {
  let inFlight = 0
  return async (message, transfer) => {
    if (inFlight >= BATCHES_IN_FLIGHT) {
      await channel.nextAck()
      inFlight -= 1
    }
    channel.post(message, transfer)
    inFlight += 1
  }
}

/**
 * The valid records, a batch per message, never more than BATCHES_IN_FLIGHT ahead of the page. The goods
 * go in columns, GOODS_CHUNK_ROWS items per message (see goods/goods-store.ts).
 */
async function sendRecords(
  dataset: BilingualDataset,
  send: Send,
  progress: (phase: JobPhase, done: number, total: number, force?: boolean) => void,
): Promise<void> {
  const total = COLLECTIONS.reduce((n, c) => n + collectionOf(dataset, c).length, 0)
  progress('sending', 0, total, true)
  for (const collection of COLLECTIONS) {
    const list = collectionOf(dataset, collection)
    if (collection === 'goods') {
      for (let at = 0; at < list.length; at += GOODS_CHUNK_ROWS) {
        const { chunk, transfer } = packGoods(dataset.goods, at, Math.min(list.length, at + GOODS_CHUNK_ROWS))
        await send({ type: 'goods', chunk }, transfer)
      }
    } else {
      for (let at = 0; at < list.length; at += RECORDS_PER_MESSAGE)
        await send({ type: 'records', collection, records: list.slice(at, at + RECORDS_PER_MESSAGE) })
    }
  }
}
