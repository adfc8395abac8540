/**
 * The names search's results as CSV. Loaded on demand (it pulls in papaparse). The headers are the record's
 * field names (docs/official-lists.md), the same in both languages, so a file reads the same whoever saved it.
 */
import type { Designation } from '@/data/official/designation'
import { toCsv, UTF8_BOM, type CsvColumn } from '@/lib/csv'

const COLUMNS: ReadonlyArray<CsvColumn<Designation>> = [
  { header: 'list', value: (d) => d.list },
  { header: 'entry', value: (d) => d.entry },
  { header: 'kind', value: (d) => d.kind },
  { header: 'name_ja', value: (d) => d.nameJa },
  { header: 'name_en', value: (d) => d.nameEn },
  { header: 'aliases', value: (d) => d.aliases.join('; ') },
  { header: 'title', value: (d) => d.title },
  { header: 'birth_date', value: (d) => d.birthDate },
  { header: 'birth_place', value: (d) => d.birthPlace },
  { header: 'address', value: (d) => d.address },
  { header: 'country', value: (d) => d.country },
  { header: 'designated', value: (d) => d.designated },
  { header: 'revised', value: (d) => d.revised.join(' ') },
  { header: 'delisted', value: (d) => d.delisted },
  { header: 'notice', value: (d) => d.notice },
  { header: 'source_publisher', value: (d) => d.source.publisher },
  { header: 'source_file', value: (d) => d.source.file },
  { header: 'source_as_of', value: (d) => d.source.asOf },
  { header: 'source_url', value: (d) => d.source.url },
]

export function designationsToCsv(designations: readonly Designation[]): string {
  return `${UTF8_BOM}${toCsv(designations, COLUMNS)}`
}
