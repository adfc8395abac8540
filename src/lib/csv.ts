/** CSV writing with papaparse: quoted as needed, CRLF lines, and cells that a spreadsheet would run as a formula escaped. */
import Papa from 'papaparse'

export interface CsvColumn<T> {
  header: string
  value: (row: T) => string | number | boolean | null
}

export function toCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
  return Papa.unparse(
    {
      fields: columns.map((c) => c.header),
      data: rows.map((r) => columns.map((c) => c.value(r) ?? '')),
    },
    { escapeFormulae: true, newline: '\r\n' },
  )
}

/** A byte-order mark, so spreadsheet programs read the file as UTF-8 (Japanese names stay legible). */
export const UTF8_BOM = '\uFEFF'
