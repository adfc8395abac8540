/**
 * Official lists a reader opened, in place of the bundled ones: a Ministry of Finance workbook (its MOF
 * lists; the METI export-ban lists are not in it and stay as bundled), or a dataset of format version 4
 * with designations (the lists it holds). Pure.
 */
import type { Designation } from '@/data/official/designation'
import type { ReadSheet, RowProblem, SkippedSheet } from '@/data/official/convert/mof-workbook'

export interface OpenedLists {
  origin: 'workbook' | 'dataset'
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

/** The bundled designations, with each list the opened ones hold swapped for theirs. */
export function withOpenedLists(
  bundled: readonly Designation[],
  opened: OpenedLists | null | undefined,
): Designation[] {
  if (opened === null || opened === undefined) return [...bundled]
  const replaced = new Set(opened.designations.map((d) => d.list))
  return [...opened.designations, ...bundled.filter((d) => !replaced.has(d.list))]
}

/** The lists of a version-4 dataset, as opened lists: dated by the latest as-of date of their files. */
export function listsOfDataset(designations: readonly Designation[], file: string): OpenedLists | undefined {
  if (designations.length === 0) return undefined
  const dates = designations.map((d) => d.source.asOf).filter((d): d is string => d !== null)
  return {
    origin: 'dataset',
    file,
    asOf: dates.length === 0 ? null : dates.reduce((a, b) => (b > a ? b : a)),
    asOfFrom: 'name',
    designations: [...designations],
    sheets: [],
    skippedSheets: [],
    problems: [],
    omittedProblems: 0,
  }
}
