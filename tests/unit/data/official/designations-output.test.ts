import { readdirSync, readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { buildOfficialOutput } from '@/data/official/convert/build-output'
import { designationSchema } from '@/data/official/designation'

const DIR = new URL('../../../../../shared/data/official/', import.meta.url)
const COMMITTED = new URL('../../../../public/data/designations.json', import.meta.url)
const file = (prefix: string): string => {
  const found = readdirSync(DIR).filter((name) => name.startsWith(prefix))
  expect(found).toHaveLength(1)
  return found[0] ?? ''
}

const built = buildOfficialOutput({
  mof: { file: file('mof-asset-freeze-'), bytes: readFileSync(new URL(file('mof-asset-freeze-'), DIR)) },
  meti: (
    [
      ['meti-russia', 'meti-export-ban-russia-'],
      ['meti-belarus', 'meti-export-ban-belarus-'],
      ['meti-third-countries', 'meti-export-ban-third-countries-'],
    ] as const
  ).map(([list, prefix]) => ({
    list,
    file: file(prefix),
    text: readFileSync(new URL(file(prefix), DIR), 'utf8'),
  })),
})

describe('public/data/designations.json', () => {
  it('is what the converter produces now (run npm run convert:official after changing it)', () => {
    expect(readFileSync(COMMITTED, 'utf8') === built.json).toBe(true)
  })

  it('is valid JSON of version 1, every record valid, in a stable order', () => {
    const parsed = JSON.parse(built.json) as { version: number; designations: unknown[] }
    expect(parsed.version).toBe(1)
    expect(parsed.designations).toHaveLength(2186)
    expect(designationSchema.array().safeParse(parsed.designations).success).toBe(true)
    expect(built.json).not.toMatch(/mirror|github|opensanctions|ammitto/i)
    expect(built.output.generated.from.map((s) => [s.file, s.asOf])).toEqual([
      ['mof-asset-freeze-2026-03-05.xlsx', '2026-03-05'],
      ['meti-export-ban-russia-2025-09-12.txt', '2025-09-12'],
      ['meti-export-ban-belarus-2022-07-05.txt', '2022-07-05'],
      ['meti-export-ban-third-countries-2025-09-12.txt', '2025-09-12'],
    ])
  })
})
