/** The names search on the bundled designations (public/data/designations.json), as a reader would use it. */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

import { describe, expect, it } from 'vitest'

import { nameKey, searchNames } from '@/data/official/name-search'
import { readDesignations } from '@/data/official/read-designations'

const file = readDesignations(
  JSON.parse(readFileSync(resolve(process.cwd(), 'public/data/designations.json'), 'utf8')),
)
const keys = file.designations.map(nameKey)
const find = (query: string, includeDelisted = false) =>
  searchNames(file.designations, keys, { query, list: null, includeDelisted })

describe('searching the official lists', () => {
  it('reads every bundled record', () => {
    expect(file.rejected).toBe(0)
    expect(file.designations).toHaveLength(2186)
  })

  it('finds Putin in Japanese, without the long-vowel mark, and in English', () => {
    for (const query of ['プーチン', 'プチン', 'putin']) {
      const hits = find(query)
      expect(
        hits.some((d) => d.list === 'mof-russia-individuals' && /PUTIN/i.test(d.nameEn ?? '')),
        query,
      ).toBe(true)
    }
  })

  it('finds a third-country company by an alias', () => {
    expect(find('HEAD Aerospace Group').map((d) => [d.list, d.entry])).toContainEqual([
      'meti-third-countries',
      21,
    ])
  })

  it('leaves the 12 delisting rows out unless asked', () => {
    expect(find('').length).toBe(2186 - 12)
    expect(find('', true).length).toBe(2186)
  })
})
