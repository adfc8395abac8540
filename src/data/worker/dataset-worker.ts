/**
 * The dataset worker: parsing and validating off the main thread, so a 100 MB file never freezes the tab.
 * Started per job by load/load-in-worker.ts; Cancel terminates it.
 */
import { processJob } from '@/data/worker/process-dataset'
import type { JobRequest, RecordsAck, WorkerMessage } from '@/data/load/worker-protocol'

/** The parts of DedicatedWorkerGlobalScope used here (the app's TypeScript lib is DOM, not WebWorker). */
interface WorkerScope {
  postMessage: (message: WorkerMessage, transfer: Transferable[]) => void
  addEventListener: (
    type: 'message',
    listener: (event: MessageEvent<JobRequest | RecordsAck>) => void,
  ) => void
}

const scope = self as unknown as WorkerScope
const post = (message: WorkerMessage, transfer: Transferable[] = []) => scope.postMessage(message, transfer)

/** Acknowledgements that arrived before anyone waited for them, and waiters for the next ones. */
let acks = 0
const waiting: Array<() => void> = []
const nextAck = () =>
  new Promise<void>((resolve) => {
    if (acks > 0) {
      acks -= 1
      resolve()
    } else waiting.push(resolve)
  })

scope.addEventListener('message', (event) => {
  const message = event.data
  if (message.type === 'ack') {
    const resolve = waiting.shift()
    if (resolve === undefined) acks += 1
    else resolve()
    return
  }
  processJob(message, { post, nextAck }).catch((e: unknown) => {
    post({ type: 'failed', message: e instanceof Error ? e.message.slice(0, 300) : 'unknown error' })
  })
})
