/**
 * The worker's first step: read each file, tell JSON from CSV, and parse it (JSON.parse, or papaparse into
 * rows turned into records). Refuses, before parsing, a JSON file with more objects and lists than the
 * tab could hold.
 */
import { csvToRecords, detectTable, type CsvRowFault, type CsvTable } from '@/data/worker/csv-tables'
import { MAX_CONTAINERS } from '@/data/load/dataset-limits'
import { readBlobText } from '@/data/worker/read-text'
import { parseDatasetJson, type FatalError, type Problem } from '@/data/validate/validate-dataset'
import type { JobFile, JobPhase } from '@/data/load/worker-protocol'
import { said, type Said } from '@/lib/i18n/said'

export interface CsvPart {
  table: CsvTable
  records: unknown[]
  /** For each record, its data row in the file (malformed rows are left out of `records`). */
  rowOf: number[]
  rowProblems: Problem[]
}

export type ReadFiles =
  | { ok: true; json: { name: string; value: unknown } | null; csv: CsvPart[] }
  | { ok: false; error: FatalError }

type Progress = (phase: JobPhase, done: number, total: number, force?: boolean) => void

const refuse = (kind: FatalError['kind'], message: Said): ReadFiles => ({
  ok: false,
  error: { kind, message, problems: [] },
})

const ROW_FAULTS: readonly string[] = ['MissingQuotes', 'InvalidQuotes', 'TooFewFields', 'TooManyFields']
/** papaparse's error code, kept as a code: the page says it in the reader's language. */
const rowFault = (code: string): CsvRowFault => (ROW_FAULTS.includes(code) ? (code as CsvRowFault) : 'other')

function looksLikeCsv(name: string, text: string): boolean {
  if (/\.csv$/i.test(name)) return true
  const head = text.slice(0, 2000).trimStart()
  if (head.startsWith('{') || head.startsWith('[')) return false
  return detectTable((head.split(/\r?\n/)[0] ?? '').split(',').map((h) => h.trim())) !== null
}

/**
 * Counts "{" and "[" (inside strings too: an upper bound), stopping at `limit`. Parsing a 200 MB file of
 * empty objects would need gigabytes; this refuses it first.
 */
export function countOpeners(text: string, limit: number): number {
  let count = 0
  for (const ch of ['{', '[']) {
    for (let at = text.indexOf(ch); at !== -1 && count < limit; at = text.indexOf(ch, at + 1)) count += 1
  }
  return count
}

export async function readJobFiles(files: readonly JobFile[], progress: Progress): Promise<ReadFiles> {
  const totalBytes = files.reduce((n, f) => n + f.blob.size, 0)
  let json: { name: string; value: unknown } | null = null
  const csv: CsvPart[] = []
  let readBefore = 0
  for (const file of files) {
    progress('reading', readBefore, totalBytes, true)
    const text = await readBlobText(file.blob, (n) => progress('reading', readBefore + n, totalBytes))
    readBefore += file.blob.size
    progress('parsing', 0, 0, true)
    if (looksLikeCsv(file.name, text)) {
      const { default: Papa } = await import('papaparse')
      const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' })
      const errors = parsed.errors.map((e) => ({ row: e.row ?? -1, fault: rowFault(e.code) }))
      const converted = csvToRecords(file.name, parsed.data, errors)
      if (!converted.ok) return { ok: false, error: converted.error }
      if (csv.some((c) => c.table === converted.table)) {
        return refuse('not-csv', said('dataset.fatal.csvTwice', { table: converted.table }))
      }
      csv.push(converted)
      continue
    }
    if (json !== null) return refuse('not-json', said('dataset.fatal.oneJson'))
    if (countOpeners(text, MAX_CONTAINERS) >= MAX_CONTAINERS) {
      return refuse(
        'too-large',
        said('dataset.fatal.tooManyContainers', { name: file.name.slice(0, 80), max: MAX_CONTAINERS }),
      )
    }
    const parsed = parseDatasetJson(text)
    if (!parsed.ok) return { ok: false, error: parsed.error }
    json = { name: file.name, value: parsed.value }
  }
  return { ok: true, json, csv }
}
