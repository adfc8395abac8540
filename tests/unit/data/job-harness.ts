/** Runs the worker's job function in node, as the page would through the worker, and collects its messages. */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

import { processJob } from '@/data/worker/process-dataset'
import { RecordsReceiver } from '@/data/load/receive-records'
import type { BilingualDataset } from '@/data/validate/schema'
import { validateDataset } from '@/data/validate/validate-dataset'
import type { JobSummary, WorkerMessage } from '@/data/load/worker-protocol'

export const HOSTILE_DIR = resolve(process.cwd(), 'tests/fixtures/hostile')

export function hostileText(name: string): string {
  return readFileSync(resolve(HOSTILE_DIR, name), 'utf8')
}

export function hostileBase(): BilingualDataset {
  const result = validateDataset(JSON.parse(hostileText('base.json')))
  if (!result.ok) throw new Error('tests/fixtures/hostile/base.json does not validate')
  return result.dataset
}

export type JobOutcome =
  | { ok: true; dataset: BilingualDataset; summary: JobSummary; progress: WorkerMessage[] }
  | { ok: false; message: Extract<WorkerMessage, { type: 'fatal' | 'failed' }> }

export async function runJob(
  files: Array<{ name: string; text: string | Blob }>,
  base: BilingualDataset | null = null,
  maxProblems = 10_000,
): Promise<JobOutcome> {
  const messages: WorkerMessage[] = []
  await processJob(
    {
      type: 'open',
      files: files.map((f) => ({
        name: f.name,
        blob: typeof f.text === 'string' ? new Blob([f.text]) : f.text,
      })),
      base,
      maxBytes: 200 * 1024 * 1024,
      maxProblems,
    },
    { post: (m) => void messages.push(m), nextAck: () => Promise.resolve() },
  )
  const last = messages[messages.length - 1]
  if (last === undefined) throw new Error('the job posted nothing')
  if (last.type === 'fatal' || last.type === 'failed') return { ok: false, message: last }
  if (last.type !== 'done') throw new Error(`the job ended with a ${last.type} message`)
  // Taken in as the page takes them (load/load-in-worker.ts).
  const receiver = new RecordsReceiver()
  for (const m of messages)
    if (m.type === 'records') receiver.take(m)
    else if (m.type === 'goods') receiver.takeGoods(m.chunk)
    else if (m.type === 'goods-search-text') receiver.takeSearchText(m.text)
    else if (m.type === 'goods-index') receiver.takeGoodsIndex(m.parts)
  return {
    ok: true,
    summary: last.summary,
    dataset: receiver.finish(last.summary),
    progress: messages.filter((m) => m.type === 'progress'),
  }
}
