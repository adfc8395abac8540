/**
 * The Ministry of Finance's asset-freeze workbook (資産凍結等の措置の対象者リスト) read into designations.
 * Pure: no Node or DOM APIs, so the same code runs in the converter and in a browser worker on a file
 * a reader opens. That file is untrusted: it is checked before SheetJS inflates it, and SheetJS is
 * told not to keep formulas (cached values only; nothing is evaluated and no external link followed).
 */
import { read, type CellObject, type WorkBook, type WorkSheet } from '@e965/xlsx'

import { splitAliases } from '@/data/official/convert/aliases'
import { countryOf } from '@/data/official/convert/countries'
import { excelSerialToIso, parseBirthText, parseNoticeDates } from '@/data/official/convert/dates'
import type { Designation, Kind, ListId } from '@/data/official/designation'
import { classifySheet, fieldOf, headerKey, type Field } from '@/data/official/convert/mof-sheets'
import { OfficialListError } from '@/data/official/convert/official-error'
import { mofSource } from '@/data/official/convert/sources'
import { clean, cleanOrNull, lines } from '@/data/official/convert/text'
import { checkZip, DEFAULT_ZIP_LIMITS, isZip, type ZipLimits } from '@/data/official/convert/zip-guard'

export interface MofOptions {
  /** The file's name, for the source and, when it holds a date (shisantouketsu20260305.xlsx), the as-of date. */
  fileName?: string
  /** The date the workbook is current to, when the name does not say. */
  asOf?: string
  /** The most rows the whole workbook may have. */
  maxRows?: number
  zipLimits?: Partial<ZipLimits>
}

export const DEFAULT_MAX_ROWS = 200_000

/** The header row is searched for in this many rows at the top of a sheet. */
const HEADER_SEARCH_ROWS = 30

export interface SkippedSheet {
  sheet: string
  title: string
  /** Non-empty rows under the title. */
  rows: number
}

export interface ReadSheet {
  sheet: string
  list: ListId
  designations: number
}

export interface RowProblem {
  sheet: string
  /** 1-based, as Excel shows it. */
  row: number
  reason: string
}

export interface MofResult {
  asOf?: string
  designations: Designation[]
  sheets: ReadSheet[]
  skippedSheets: SkippedSheet[]
  problems: RowProblem[]
}

const CFB = [0xd0, 0xcf, 0x11, 0xe0]

/** A zip (xlsx), an OLE compound file (xls) or a bare BIFF stream (Excel 2–4 xls). */
function checkFormat(bytes: Uint8Array, limits: ZipLimits): void {
  if (isZip(bytes)) return checkZip(bytes, limits)
  if (CFB.every((byte, i) => bytes[i] === byte)) return
  // BIFF2–4 streams start with a BOF record: 0x0009, 0x0209, 0x0409 or 0x0809, then its length.
  if (bytes.length >= 4 && bytes[0] === 0x09 && [0x00, 0x02, 0x04, 0x08].includes(bytes[1] ?? -1)) return
  throw new OfficialListError('not-a-workbook', 'The file is not an Excel workbook (.xlsx or .xls).')
}

function asOfFrom(options: MofOptions): string | undefined {
  if (options.asOf !== undefined) return options.asOf
  const match = /(\d{4})-?(\d{2})-?(\d{2})/.exec(options.fileName ?? '')
  return match ? `${match[1]}-${match[2]}-${match[3]}` : undefined
}

export function parseMofWorkbook(input: Uint8Array | ArrayBuffer, options: MofOptions = {}): MofResult {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input)
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS
  checkFormat(bytes, { ...DEFAULT_ZIP_LIMITS, ...options.zipLimits })
  let workbook: WorkBook
  try {
    workbook = read(bytes, {
      type: 'array',
      dense: true,
      cellFormula: false,
      cellHTML: false,
      cellDates: false,
      cellStyles: false,
      // Bounds the memory one huge sheet can take; the total is checked below.
      sheetRows: maxRows + 1,
    })
  } catch (error) {
    throw new OfficialListError(
      'corrupt',
      `The workbook could not be read (corrupt or truncated): ${String(error)}`,
      { detail: String(error).slice(0, 200) },
    )
  }
  const total = workbook.SheetNames.reduce((sum, name) => sum + rowCount(workbook.Sheets[name]), 0)
  if (total > maxRows)
    throw new OfficialListError(
      'too-many-rows',
      `The workbook has more than ${maxRows} rows; the limit is ${maxRows}.`,
      { max: maxRows },
    )

  const asOf = asOfFrom(options)
  const source = mofSource(options.fileName ?? 'workbook', asOf ?? null)
  const date1904 = workbook.Workbook?.WBProps?.date1904 === true
  const result: MofResult = { designations: [], sheets: [], skippedSheets: [], problems: [] }
  if (asOf !== undefined) result.asOf = asOf

  for (const name of workbook.SheetNames) {
    const sheet = workbook.Sheets[name]
    if (sheet === undefined) continue
    const grid = sheet['!data'] ?? []
    const title = clean((grid[0] ?? []).map((cell) => textOf(cell) ?? '').join('\n'))
    const info = classifySheet(title)
    if (info === null) {
      result.skippedSheets.push({
        sheet: name,
        title,
        rows: grid.slice(1).filter((row) => !isEmptyRow(row)).length,
      })
      continue
    }
    const header = findHeader(grid)
    if (header === null)
      throw new OfficialListError(
        'missing-header',
        `Sheet "${name}" (${info.list}) has no header row with 告示日付.`,
        { sheet: name },
      )
    const read = readRows(name, grid, header, info, date1904, source, result.problems)
    result.designations.push(...read)
    result.sheets.push({ sheet: name, list: info.list, designations: read.length })
  }
  if (result.sheets.length === 0)
    throw new OfficialListError(
      'no-russia-sheet',
      'The workbook has no sheet of the Russia-related asset-freeze lists.',
    )
  return result
}

function rowCount(sheet: WorkSheet | undefined): number {
  const ref = sheet?.['!fullref'] ?? sheet?.['!ref']
  const match = ref ? /(\d+)$/.exec(ref) : null
  return match ? Number(match[1]) : 0
}

type Grid = (CellObject[] | undefined)[]

/** A cell's text; cached values only (formulas are not kept, so never evaluated). */
function textOf(cell: CellObject | undefined): string | null {
  if (cell === undefined || cell.v === undefined || cell.v === null || cell.t === 'e' || cell.t === 'z')
    return null
  return cleanOrNull(String(cell.v))
}

const isEmptyRow = (row: CellObject[] | undefined): boolean =>
  (row ?? []).every((cell) => textOf(cell) === null)

interface Header {
  row: number
  columns: Map<Field, number>
}

function findHeader(grid: Grid): Header | null {
  for (let r = 0; r < Math.min(grid.length, HEADER_SEARCH_ROWS); r++) {
    const row = grid[r] ?? []
    if (!row.some((cell) => headerKey(textOf(cell) ?? '') === '告示日付')) continue
    const columns = new Map<Field, number>()
    row.forEach((cell, c) => {
      const field = fieldOf(textOf(cell) ?? '')
      // The first column of a field wins: a later 旧称 beside 別名 is read as more aliases below.
      if (field !== null && !columns.has(field)) columns.set(field, c)
    })
    return { row: r, columns }
  }
  return null
}

function readRows(
  sheetName: string,
  grid: Grid,
  header: Header,
  info: { list: ListId; kind: Kind },
  date1904: boolean,
  source: Designation['source'],
  problems: RowProblem[],
): Designation[] {
  const out: Designation[] = []
  const at = (row: CellObject[], field: Field): CellObject | undefined => {
    const c = header.columns.get(field)
    return c === undefined ? undefined : row[c]
  }
  const text = (row: CellObject[], field: Field): string | null => textOf(at(row, field))
  for (let r = header.row + 1; r < grid.length; r++) {
    const row = grid[r] ?? []
    if (isEmptyRow(row)) continue
    const problem = (reason: string): void => {
      problems.push({ sheet: sheetName, row: r + 1, reason })
    }
    const dateText = noticeText(at(row, 'date'), date1904)
    const entryText = text(row, 'entry')
    const nameLinesJa = lines(text(row, 'nameJa') ?? '')
    const nameLinesEn = lines(text(row, 'nameEn') ?? '')
    // A note under the table: no number, no name, nothing that reads as a date.
    const dates = dateText === null ? null : parseNoticeDates(lines(dateText))
    if (entryText === null && nameLinesJa.length + nameLinesEn.length === 0 && dates === null) continue
    if (dates === null) {
      problem(
        dateText === null
          ? 'no notice date (告示日付)'
          : `notice date not understood: ${JSON.stringify(dateText)}`,
      )
      continue
    }
    const entry = entryText === null ? Number.NaN : Number(entryText)
    if (!Number.isInteger(entry) || entry < 1) {
      problem(`no entry number (告示番号): ${JSON.stringify(entryText)}`)
      continue
    }
    if (dates.designated !== null && nameLinesJa.length + nameLinesEn.length === 0) {
      problem('a designation without a name')
      continue
    }
    const address = text(row, 'address')
    const nationality = text(row, 'nationality')
    out.push({
      list: info.list,
      kind: info.kind,
      entry,
      nameJa: nameLinesJa[0] ?? null,
      nameEn: nameLinesEn[0] ?? null,
      // Further lines of a name cell are further names of the same party.
      aliases: [...nameLinesJa.slice(1), ...nameLinesEn.slice(1), ...splitAliases(text(row, 'aliases'))],
      title: text(row, 'title'),
      birthDate: birthDateOf(at(row, 'birthDate'), date1904),
      birthPlace: text(row, 'birthPlace'),
      address,
      country: countryOf(address) ?? countryOf(nationality),
      designated: dates.designated,
      revised: dates.revised,
      delisted: dates.delisted,
      dateAlternatives: [],
      parts: [],
      sameAs: [],
      notice: null,
      source,
    })
  }
  return out
}

/**
 * The 告示日付 cell's text. The ministry writes it as text (2022.4.12); a workbook saved with a real Excel
 * date there is read as the same form, from the raw serial number (never from a locale's formatting).
 */
function noticeText(cell: CellObject | undefined, date1904: boolean): string | null {
  if (cell?.t === 'n' && typeof cell.v === 'number') {
    const iso = excelSerialToIso(cell.v, date1904)
    return iso === null ? String(cell.v) : iso.split('-').map(Number).join('.')
  }
  return textOf(cell)
}

/** An Excel date cell becomes ISO; a text date is parsed where it is one plain date, else kept as written. */
function birthDateOf(cell: CellObject | undefined, date1904: boolean): string | null {
  if (cell?.t === 'n' && typeof cell.v === 'number') return excelSerialToIso(cell.v, date1904)
  const value = textOf(cell)
  return value === null ? null : parseBirthText(lines(value).join(' / '))
}
