/**
 * A Ministry of Finance workbook a reader opened, in place of the bundled asset-freeze lists. The METI
 * export-ban lists are not in that workbook: they stay as bundled. Pure.
 */
import type { Designation } from '@/data/official/designation'
import type { ReadSheet, RowProblem, SkippedSheet } from '@/data/official/convert/mof-workbook'

export interface OpenedLists {
  file: string
  /** The date the workbook is current to: from its file name, else the latest date it gives. */
  asOf: string | null
  asOfFrom: 'name' | 'latest-date'
  /** The workbook's designations: the MOF lists only. */
  designations: Designation[]
  sheets: ReadSheet[]
  skippedSheets: SkippedSheet[]
  problems: RowProblem[]
  omittedProblems: number
}

const isMof = (d: Designation) => d.list.startsWith('mof-')

/** The bundled designations with the MOF lists swapped for the opened workbook's, when there is one. */
export function withOpenedLists(
  bundled: readonly Designation[],
  opened: OpenedLists | null | undefined,
): Designation[] {
  if (opened === null || opened === undefined) return [...bundled]
  return [...opened.designations, ...bundled.filter((d) => !isMof(d))]
}
