/**
 * The converter's output, built from the four official files: one record per designation, in a stable
 * order, with no timestamp, so the same inputs always give the same bytes (the committed file is checked).
 */
import { designationSchema, LIST_IDS, type Designation, type Source } from '@/data/official/designation'
import { parseMetiList } from '@/data/official/convert/meti-lists'
import { parseMofWorkbook, type SkippedSheet } from '@/data/official/convert/mof-workbook'
import type { MetiListId } from '@/data/official/convert/sources'

export interface OfficialInputs {
  mof: { file: string; bytes: Uint8Array }
  meti: { list: MetiListId; file: string; text: string }[]
}

export interface OfficialOutput {
  version: 1
  generated: { from: Source[] }
  designations: Designation[]
}

export interface BuiltOutput {
  output: OfficialOutput
  /** The file's text: one designation a line, so a diff shows which records changed. */
  json: string
  skippedSheets: SkippedSheet[]
  problems: { sheet: string; row: number; reason: string }[]
}

const listOrder = (d: Designation): number => LIST_IDS.indexOf(d.list)

export function buildOfficialOutput(inputs: OfficialInputs): BuiltOutput {
  const mof = parseMofWorkbook(inputs.mof.bytes, { fileName: inputs.mof.file })
  const meti = inputs.meti.map(({ list, file, text }) => parseMetiList(text, list, { fileName: file }))
  const all = [...mof.designations, ...meti.flatMap((result) => result.designations)]
  // Array.prototype.sort is stable: rows with the same list and entry keep the source's order.
  const designations = designationSchema
    .array()
    .parse(all)
    .sort((a, b) => listOrder(a) - listOrder(b) || a.entry - b.entry)
  const from: Source[] = [
    mof.designations[0]?.source,
    ...meti.map((result) => result.designations[0]?.source),
  ].filter((source): source is Source => source !== undefined)
  const output: OfficialOutput = { version: 1, generated: { from }, designations }
  const json = [
    `{"version":1,"generated":${JSON.stringify(output.generated)},"designations":[`,
    designations.map((d) => JSON.stringify(d)).join(',\n'),
    ']}',
    '',
  ].join('\n')
  return { output, json, skippedSheets: mof.skippedSheets, problems: mof.problems }
}
