/** Messages between the page and the dataset worker (worker/dataset-worker.ts). Everything here is structured-cloneable. */
import type { CsvTable } from '@/data/worker/csv-tables'
import type { Designation } from '@/data/official/designation'
import type { ReadSheet, RowProblem, SkippedSheet } from '@/data/official/convert/mof-workbook'
import type { GoodsChunk } from '@/data/goods/goods-store'
import type { BilingualDataset, RawMeta } from '@/data/validate/schema'
import type { ConsistencyCheck } from '@/data/shape/consistency'
import type { GoodsIndexParts } from '@/data/goods/goods-index'
import type { Collection, FatalError, Problem } from '@/data/validate/validate-dataset'

export interface JobFile {
  blob: Blob
  name: string
}

/**
 * Open one JSON dataset and/or CSV tables (CSV tables replace their table in the JSON file or in `base`),
 * or one Ministry of Finance workbook, whose designations replace the bundled asset-freeze lists.
 */
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

/** What a Ministry of Finance workbook held, beside its designations (sent before, in batches). */
export interface WorkbookSummary {
  file: string
  /** From the file's name (shisantouketsu20260305.xlsx), else the latest date in the workbook. */
  asOf: string | null
  asOfFrom: 'name' | 'latest-date'
  sheets: ReadSheet[]
  /** The other programmes' sheets (North Korea, Iran…), left out and reported. */
  skippedSheets: SkippedSheet[]
  /** Rows that could not be read, kept out (the first 200). */
  problems: RowProblem[]
  omittedProblems: number
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
  /** A batch of designations read from a Ministry of Finance workbook (worker/process-workbook.ts). */
  | { type: 'designations'; designations: Designation[] }
  | { type: 'workbook-done'; summary: WorkbookSummary }
  | { type: 'fatal'; error: FatalError }
  /** The worker itself failed (a bug, not the file): said plainly, never thrown at the page. */
  | { type: 'failed'; message: string }
