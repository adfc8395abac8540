/** Messages between the page and the dataset worker (worker/dataset-worker.ts). Everything here is structured-cloneable. */
import type { CsvTable } from '@/data/worker/csv-tables'
import type { GoodsChunk } from '@/data/goods/goods-store'
import type { BilingualDataset, RawMeta } from '@/data/validate/schema'
import type { ConsistencyCheck } from '@/data/shape/consistency'
import type { GoodsIndexParts } from '@/data/goods/goods-index'
import type { Collection, FatalError, Problem } from '@/data/validate/validate-dataset'

export interface JobFile {
  blob: Blob
  name: string
}

/** Open one JSON dataset and/or CSV tables; CSV tables replace their table in the JSON file or in `base`. */
export interface JobRequest {
  type: 'open'
  files: JobFile[]
  /** The dataset on screen, for CSV tables to be merged into; null when none is shown or none is needed. */
  base: BilingualDataset | null
  maxBytes: number
  maxProblems: number
}

/** The page has taken in a batch of records; the worker sends the next (flow control, see worker/process-dataset.ts). */
export interface RecordsAck {
  type: 'ack'
}

export type JobPhase = 'downloading' | 'reading' | 'parsing' | 'validating' | 'checking' | 'sending'

export interface JobProgress {
  phase: JobPhase
  done: number
  /** 0 when the total is not known (a download without a length, or parsing). */
  total: number
}

export interface JobSummary {
  schemaVersion: number
  meta: RawMeta
  problems: Problem[]
  rejected: number
  omittedProblems: number
  checks: ConsistencyCheck[]
  /** Tables that came from CSV files ([] for a JSON dataset). */
  csvTables: CsvTable[]
  /** True when CSV tables were merged into the dataset on screen (no JSON file came with them). */
  mergedIntoBase: boolean
}

export type WorkerMessage =
  | { type: 'progress'; progress: JobProgress }
  /** Valid records, a batch at a time, so that no single message takes long to receive. */
  | { type: 'records'; collection: Collection; records: unknown[] }
  /** Valid goods items in columns (their buffers transferred), in order: see goods/goods-store.ts for why. */
  | { type: 'goods'; chunk: GoodsChunk }
  /** A piece of the goods search text (GoodsSearch.blobs), in order, sent before 'goods-index'. */
  | { type: 'goods-search-text'; text: string }
  /**
   * The goods search index, built in the worker (its typed arrays are transferred), sent before 'done';
   * its search text came in the 'goods-search-text' messages before it.
   */
  | { type: 'goods-index'; parts: GoodsIndexParts }
  | { type: 'done'; summary: JobSummary }
  | { type: 'fatal'; error: FatalError }
  /** The worker itself failed (a bug, not the file): said plainly, never thrown at the page. */
  | { type: 'failed'; message: string }
