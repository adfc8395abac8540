/**
 * Runs a dataset job in a module Web Worker and assembles the result on the page. The valid records
 * arrive in batches (see RECORDS_PER_MESSAGE), each one a short task, so the page stays responsive.
 * Aborting the signal terminates the worker at once.
 */
import { fatalLoadError, workerFailed, workerStopped } from '@/data/load/load-error'
import { RecordsReceiver } from '@/data/load/receive-records'
import type { BilingualDataset } from '@/data/validate/schema'
import type { ConsistencyCheck } from '@/data/shape/consistency'
import type { Problem } from '@/data/validate/validate-dataset'
import type { Designation } from '@/data/official/designation'
import type {
  JobProgress,
  JobRequest,
  RecordsAck,
  WorkbookSummary,
  WorkerMessage,
} from '@/data/load/worker-protocol'

export interface WorkerJobResult {
  kind: 'dataset'
  dataset: BilingualDataset
  problems: Problem[]
  rejected: number
  omittedProblems: number
  checks: ConsistencyCheck[]
  csvTables: string[]
  mergedIntoBase: boolean
}

/** A Ministry of Finance workbook's designations, read in the worker (worker/process-workbook.ts). */
export interface WorkbookJobResult {
  kind: 'workbook'
  designations: Designation[]
  summary: WorkbookSummary
}

export interface JobHooks {
  signal: AbortSignal
  onProgress: (progress: JobProgress) => void
}

export function runWorkerJob(
  request: Omit<JobRequest, 'type'>,
  hooks: JobHooks,
): Promise<WorkerJobResult | WorkbookJobResult> {
  return new Promise((resolve, reject) => {
    if (hooks.signal.aborted) return reject(new DOMException('Cancelled', 'AbortError'))
    const worker = new Worker(new URL('../worker/dataset-worker.ts', import.meta.url), {
      type: 'module',
      name: 'dataset-worker',
    })
    const receiver = new RecordsReceiver()
    const designations: Designation[] = []
    let received = 0
    let sendingTotal = 0
    const finish = () => {
      worker.terminate()
      hooks.signal.removeEventListener('abort', onAbort)
    }
    const onAbort = () => {
      finish()
      reject(new DOMException('Cancelled', 'AbortError'))
    }
    hooks.signal.addEventListener('abort', onAbort)
    worker.addEventListener('error', (event) => {
      event.preventDefault()
      finish()
      reject(workerStopped())
    })
    worker.addEventListener('messageerror', () => {
      finish()
      reject(workerStopped())
    })
    worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
      const message = event.data
      switch (message.type) {
        case 'progress':
          if (message.progress.phase === 'sending') {
            sendingTotal = message.progress.total
            // For the bench: before this mark the page only draws progress; after it, it takes in records.
            performance.mark('dataset-open:receiving')
          }
          hooks.onProgress(message.progress)
          return
        case 'records':
        case 'goods':
        case 'goods-search-text': {
          if (message.type === 'goods-search-text') receiver.takeSearchText(message.text)
          else {
            received += message.type === 'goods' ? receiver.takeGoods(message.chunk) : receiver.take(message)
            hooks.onProgress({ phase: 'sending', done: received, total: sendingTotal })
          }
          // Acknowledged from a fresh task, so the page can paint and collect garbage between batches.
          setTimeout(() => worker.postMessage({ type: 'ack' } satisfies RecordsAck), 0)
          return
        }
        case 'designations':
          for (const d of message.designations) designations.push(d)
          hooks.onProgress({ phase: 'sending', done: designations.length, total: sendingTotal })
          setTimeout(() => worker.postMessage({ type: 'ack' } satisfies RecordsAck), 0)
          return
        case 'workbook-done':
          finish()
          return resolve({ kind: 'workbook', designations, summary: message.summary })
        case 'goods-index':
          receiver.takeGoodsIndex(message.parts)
          return
        case 'fatal':
          finish()
          return reject(fatalLoadError(message.error))
        case 'failed':
          finish()
          return reject(workerFailed(message.message))
        case 'done': {
          finish()
          const { summary } = message
          return resolve({
            kind: 'dataset',
            dataset: receiver.finish(summary),
            problems: summary.problems,
            rejected: summary.rejected,
            omittedProblems: summary.omittedProblems,
            checks: summary.checks,
            csvTables: summary.csvTables,
            mergedIntoBase: summary.mergedIntoBase,
          })
        }
      }
    })
    worker.postMessage({ type: 'open', ...request } satisfies JobRequest)
  })
}
