/**
 * Converts the official sanction lists into public/data/designations.json.
 *   npm run convert:official [-- <directory>]
 * The directory defaults to ../shared/data/official beside the repository. The newest file of each
 * kind (by the date in its name) is read; the output is deterministic, so a re-run changes nothing.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

import { buildOfficialOutput } from '@/data/official/convert/build-output'
import type { MetiListId } from '@/data/official/convert/sources'

const root = fileURLToPath(new URL('..', import.meta.url))
const dir = resolve(root, process.argv[2] ?? '../shared/data/official')

/** The last file (by name, so by its date) whose name starts with the prefix and has the extension. */
function newest(prefix: string, extension: string): string {
  const found = readdirSync(dir)
    .filter((name) => name.startsWith(prefix) && name.endsWith(extension))
    .sort()
  const file = found[found.length - 1]
  if (file === undefined) throw new Error(`No ${prefix}*${extension} in ${dir}`)
  return file
}

const METI: [MetiListId, string][] = [
  ['meti-russia', 'meti-export-ban-russia-'],
  ['meti-belarus', 'meti-export-ban-belarus-'],
  ['meti-third-countries', 'meti-export-ban-third-countries-'],
]

const mofFile = newest('mof-asset-freeze-', '.xlsx')
const built = buildOfficialOutput({
  mof: { file: mofFile, bytes: readFileSync(join(dir, mofFile)) },
  meti: METI.map(([list, prefix]) => {
    const file = newest(prefix, '.txt')
    return { list, file, text: readFileSync(join(dir, file), 'utf8') }
  }),
})

const out = join(root, 'public/data/designations.json')
writeFileSync(out, built.json)

const counts = new Map<string, number>()
for (const d of built.output.designations) counts.set(d.list, (counts.get(d.list) ?? 0) + 1)
console.log(
  `Wrote ${out} (${Buffer.byteLength(built.json)} bytes, ${built.output.designations.length} designations)`,
)
for (const [list, count] of counts) console.log(`  ${list.padEnd(26)} ${count}`)
console.log(`Skipped ${built.skippedSheets.length} sheets of other programmes:`)
for (const { sheet, rows } of built.skippedSheets) console.log(`  ${sheet.trim()} (${rows} rows)`)
if (built.problems.length > 0) {
  console.log(`Rows not read: ${built.problems.length}`)
  for (const { sheet, row, reason } of built.problems) console.log(`  ${sheet} row ${row}: ${reason}`)
}
