/**
 * A Ministry of Finance asset-freeze workbook (.xlsx or .xls) opened by a reader: read in the worker with
 * the converter's own code (official/convert/mof-workbook.ts), so next month's list shows without a new
 * release. SheetJS comes with that code, in a chunk of its own that only this job loads. Every failure
 * becomes a message in the reader's language; nothing here throws.
 */
import type { Designation } from '@/data/official/designation'
import { OfficialListError } from '@/data/official/convert/official-error'
import type { JobFile, JobPhase, WorkbookSummary, WorkerMessage } from '@/data/load/worker-protocol'
import type { FatalError } from '@/data/validate/validate-dataset'
import { said, type Said } from '@/lib/i18n/said'

/** Designations per message: small enough that receiving one never blocks the page. */
export const DESIGNATIONS_PER_MESSAGE = 500

const CFB = [0xd0, 0xcf, 0x11, 0xe0]

/** A workbook by its name, or by its first bytes (a zip, an OLE compound file, a BIFF stream). */
export function isWorkbook(name: string, head: Uint8Array): boolean {
  if (/\.xlsx?$/i.test(name)) return true
  const zip = head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04
  return zip || CFB.every((byte, i) => head[i] === byte)
}

const fatal = (message: Said): WorkerMessage => ({
  type: 'fatal',
  error: { kind: 'workbook', message, problems: [] } satisfies FatalError,
})

const num = (v: string | number | undefined) => (typeof v === 'number' ? v : Number(v ?? 0))
const str = (v: string | number | undefined) => String(v ?? '')

/** The converter's error, said by its code (its English message stays for the console). */
export function workbookFailure(error: OfficialListError, name: string): Said {
  const p = error.params
  switch (error.code) {
    case 'not-a-workbook':
      return said('dataset.fatal.workbook.notAWorkbook', { name })
    case 'zip-too-large':
      return p.count !== undefined
        ? said('dataset.fatal.workbook.zipEntries', { count: num(p.count), max: num(p.max) })
        : said('dataset.fatal.workbook.zipSize', { size: str(p.size), max: str(p.max) })
    case 'zip-ratio':
      return said('dataset.fatal.workbook.zipRatio', { ratio: num(p.ratio), max: num(p.max) })
    case 'no-russia-sheet':
      return said('dataset.fatal.workbook.noRussiaSheet', { name })
    case 'missing-header':
      return said('dataset.fatal.workbook.missingHeader', { sheet: str(p.sheet) })
    case 'too-many-rows':
      return said('dataset.fatal.workbook.tooManyRows', { max: num(p.max) })
    case 'corrupt':
    case 'meti-format':
    case 'meti-batches':
      return said('dataset.fatal.workbook.corrupt', { name })
  }
}

/** The latest date the workbook gives, for its as-of date when the file's name holds none. */
function latestDate(designations: readonly Designation[]): string | null {
  let latest: string | null = null
  for (const d of designations) {
    for (const date of [d.designated, d.delisted, ...d.revised]) {
      if (date !== null && (latest === null || date > latest)) latest = date
    }
  }
  return latest
}

export interface WorkbookChannel {
  post: (message: WorkerMessage) => void
  /** Posts once the page has taken in enough of what came before (flow control). */
  send: (message: WorkerMessage) => Promise<void>
  progress: (phase: JobPhase, done: number, total: number, force?: boolean) => void
}

export async function processWorkbook(file: JobFile, channel: WorkbookChannel): Promise<void> {
  const { post, send, progress } = channel
  const name = file.name.slice(0, 120)
  progress('reading', 0, file.blob.size, true)
  const bytes = new Uint8Array(await file.blob.arrayBuffer())
  progress('parsing', 0, 0, true)
  const { parseMofWorkbook } = await import('@/data/official/convert/mof-workbook')
  let result: ReturnType<typeof parseMofWorkbook>
  try {
    result = parseMofWorkbook(bytes, { fileName: file.name })
  } catch (error) {
    if (error instanceof OfficialListError) return post(fatal(workbookFailure(error, name)))
    return post(fatal(said('dataset.fatal.workbook.corrupt', { name })))
  }
  const { designations } = result
  progress('sending', 0, designations.length, true)
  for (let at = 0; at < designations.length; at += DESIGNATIONS_PER_MESSAGE) {
    await send({ type: 'designations', designations: designations.slice(at, at + DESIGNATIONS_PER_MESSAGE) })
    progress('sending', Math.min(designations.length, at + DESIGNATIONS_PER_MESSAGE), designations.length)
  }
  const fromName = result.asOf ?? null
  const summary: WorkbookSummary = {
    file: file.name,
    asOf: fromName ?? latestDate(designations),
    asOfFrom: fromName !== null ? 'name' : 'latest-date',
    sheets: result.sheets,
    skippedSheets: result.skippedSheets,
    problems: result.problems.slice(0, 200),
    omittedProblems: Math.max(0, result.problems.length - 200),
  }
  post({ type: 'workbook-done', summary })
}
