/**
 * CSV tables of measures or goods (docs/dataset.md, "CSV tables"). Pure: the caller parses the text with
 * papaparse (as arrays, never as header-keyed objects, so a "__proto__" column is just a name) and hands in
 * the rows; this turns each row into a record for the same validator JSON goes through.
 */
import type { FatalError, Problem } from '@/data/validate/validate-dataset'
import { said, type Said } from '@/lib/i18n/said'

export type CsvTable = 'measures' | 'goods'

/**
 * How a cell becomes a field. An empty cell leaves the field out (so defaults apply and required
 * fields are reported missing), except for `nullable` kinds, where it means null.
 */
type CellKind = 'text' | 'nullable-text' | 'number' | 'nullable-number' | 'boolean' | 'list' | 'json'

export const CSV_COLUMNS: Record<CsvTable, Readonly<Record<string, CellKind>>> = {
  measures: {
    id: 'text',
    type: 'text',
    direction: 'text',
    announced: 'text',
    effective: 'nullable-text',
    target: 'text',
    targetCountry: 'text',
    title: 'text',
    titleJa: 'text',
    description: 'text',
    descriptionJa: 'text',
    added: 'nullable-number',
    unit: 'nullable-text',
    reportedTotal: 'nullable-number',
    reportedTotalQualifier: 'text',
    sourceIds: 'list',
    confidence: 'text',
    alternatives: 'json',
    headline: 'boolean',
  },
  goods: {
    id: 'text',
    name: 'nullable-text',
    nameJa: 'nullable-text',
    category: 'text',
    categoryJa: 'text',
    measureId: 'text',
    effective: 'text',
    hsCodes: 'list',
    itemCount: 'nullable-number',
    unidentified: 'boolean',
    note: 'text',
    noteJa: 'text',
    sourceIds: 'list',
    confidence: 'text',
  },
}

/** Text fields with a Japanese twin column (`titleJa`…), joined into one { en, ja } field. */
const BILINGUAL: Record<CsvTable, readonly string[]> = {
  measures: ['title', 'description'],
  goods: ['category', 'note'],
}

function joinLanguages(entries: Array<[string, unknown]>, table: CsvTable): Array<[string, unknown]> {
  const byName = new Map(entries)
  const twins = BILINGUAL[table].filter((f) => byName.has(`${f}Ja`))
  if (twins.length === 0) return entries
  const joined = entries.filter(([k]) => !twins.some((f) => k === f || k === `${f}Ja`))
  for (const f of twins) joined.push([f, { en: byName.get(f) ?? null, ja: byName.get(`${f}Ja`) }])
  return joined
}

/** The columns that tell the two tables apart. */
const REQUIRED: Record<CsvTable, readonly string[]> = {
  measures: ['id', 'type', 'direction', 'announced'],
  goods: ['id', 'category', 'measureId'],
}

const NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/

function cellValue(kind: CellKind | undefined, cell: string): { set: boolean; value?: unknown } {
  const text = cell.trim()
  if (text === '') {
    return kind === 'nullable-text' || kind === 'nullable-number'
      ? { set: true, value: null }
      : kind === 'list'
        ? { set: true, value: [] }
        : { set: false }
  }
  switch (kind) {
    case 'number':
    case 'nullable-number':
      // Text that is not a number stays text, so the validator can say "expected a number, got "abc"".
      return { set: true, value: NUMBER.test(text) ? Number(text) : cell }
    case 'boolean': {
      const lower = text.toLowerCase()
      return { set: true, value: lower === 'true' ? true : lower === 'false' ? false : cell }
    }
    case 'list':
      return {
        set: true,
        value: text
          .split(';')
          .map((s) => s.trim())
          .filter((s) => s !== ''),
      }
    case 'json':
      try {
        return { set: true, value: JSON.parse(text) as unknown }
      } catch {
        return { set: true, value: cell }
      }
    default:
      // Unknown columns keep their text, so the strict record check names them.
      return { set: true, value: cell }
  }
}

export function detectTable(header: readonly string[]): CsvTable | null {
  for (const table of ['measures', 'goods'] as const) {
    if (REQUIRED[table].every((c) => header.includes(c))) return table
  }
  return null
}

/** Why papaparse found a row malformed (its error codes; anything else is 'other'). */
export type CsvRowFault = 'MissingQuotes' | 'InvalidQuotes' | 'TooFewFields' | 'TooManyFields' | 'other'

export interface CsvRowError {
  /** Index in the parsed rows, the header being row 0. */
  row: number
  fault: CsvRowFault
}

/** What a malformed row holds, by its fault: the cell count, and the reason when it is not the count. */
const ROW_FAULT_KEYS = {
  MissingQuotes: 'problem.got.csvRowMissingQuotes',
  InvalidQuotes: 'problem.got.csvRowInvalidQuotes',
  TooFewFields: 'problem.got.csvRowCells',
  TooManyFields: 'problem.got.csvRowCells',
  other: 'problem.got.csvRowCells',
} as const satisfies Record<CsvRowFault, string>

/** A CSV file that holds one table, opened with no dataset to put it in. */
export function csvWithoutDataset(): FatalError {
  return { kind: 'not-csv', message: said('dataset.fatal.csvWithoutDataset'), problems: [] }
}

export type CsvConversion =
  | {
      ok: true
      table: CsvTable
      /** Records in row order, malformed rows left out. */
      records: unknown[]
      /** For each record, its data row index (0 = the first row after the header). */
      rowOf: number[]
      /** One problem per malformed row; those rows are rejected without further checks. */
      rowProblems: Problem[]
    }
  | { ok: false; error: FatalError }

function notCsv(message: Said): CsvConversion {
  return { ok: false, error: { kind: 'not-csv', message, problems: [] } }
}

const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 39)}…` : s)

export function csvToRecords(
  fileName: string,
  rows: readonly string[][],
  errors: readonly CsvRowError[],
): CsvConversion {
  const header = (rows[0] ?? []).map((h) => h.trim())
  const name = JSON.stringify(clip(fileName))
  const table = detectTable(header)
  if (table === null) {
    return notCsv(
      said('dataset.fatal.csvNotATable', {
        name,
        header: header.slice(0, 8).map(clip).join(', '),
        measures: REQUIRED.measures.join(', '),
        goods: REQUIRED.goods.join(', '),
      }),
    )
  }
  const unnamed = header.indexOf('')
  if (unnamed !== -1) return notCsv(said('dataset.fatal.csvUnnamedColumn', { name, column: unnamed + 1 }))
  const twice = header.find((h, i) => header.indexOf(h) !== i)
  if (twice !== undefined) {
    return notCsv(said('dataset.fatal.csvColumnTwice', { name, column: JSON.stringify(clip(twice)) }))
  }

  const broken = new Map<number, CsvRowFault>()
  for (const e of errors) if (e.row >= 1 && !broken.has(e.row)) broken.set(e.row, e.fault)
  const columns = CSV_COLUMNS[table]
  const idColumn = header.indexOf('id')
  const records: unknown[] = []
  const rowOf: number[] = []
  const rowProblems: Problem[] = []
  for (let r = 1; r < rows.length; r++) {
    const cells = rows[r] ?? []
    const fault = broken.get(r) ?? (cells.length !== header.length ? 'other' : null)
    if (fault !== null) {
      rowProblems.push({
        collection: table,
        index: r - 1,
        id: idColumn === -1 ? null : (cells[idColumn]?.trim().slice(0, 80) ?? null),
        field: said('problem.field.row'),
        expected: said('problem.expected.csvRow', { count: header.length }),
        got: said(ROW_FAULT_KEYS[fault], { count: cells.length }),
      })
      continue
    }
    // Object.fromEntries defines own properties: a "__proto__" column cannot reach a prototype.
    const entries: Array<[string, unknown]> = []
    header.forEach((column, c) => {
      const { set, value } = cellValue(columns[column], cells[c] ?? '')
      if (set) entries.push([column, value])
    })
    records.push(Object.fromEntries(joinLanguages(entries, table)))
    rowOf.push(r - 1)
  }
  return { ok: true, table, records, rowOf, rowProblems }
}
