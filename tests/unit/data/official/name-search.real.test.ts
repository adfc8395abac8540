/** The names search on the bundled designations (public/data/designations.json), as a reader would use it. */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

import { describe, expect, it } from 'vitest'

import { nameKey, searchNames } from '@/data/official/name-search'
import { readDesignations, readDesignationsInSteps } from '@/data/official/read-designations'

const file = readDesignations(
  JSON.parse(readFileSync(resolve(process.cwd(), 'public/data/designations.json'), 'utf8')),
)
const keys = file.designations.map(nameKey)
const find = (query: string, includeDelisted = false) =>
  searchNames(file.designations, keys, {
    query,
    list: null,
    includeDelisted,
    country: null,
    from: null,
    to: null,
  })

describe('searching the official lists', () => {
  it('reads every bundled record', () => {
    expect(file.rejected).toBe(0)
    expect(file.designations).toHaveLength(2186)
  })

  it('reads the same records a step at a time, pausing between steps, and counts a bad record', async () => {
    const json: unknown = JSON.parse(
      readFileSync(resolve(process.cwd(), 'public/data/designations.json'), 'utf8'),
    )
    let pauses = 0
    const pause = async () => {
      pauses += 1
    }
    const stepped = await readDesignationsInSteps(json, pause, 500)
    expect(stepped).toEqual(file)
    expect(pauses).toBe(Math.ceil(2186 / 500) - 1)
    const list = (json as { designations: unknown[] }).designations
    const bad = { designations: [...list.slice(0, 3), { list: 'nowhere' }, ...list.slice(3, 5)] }
    const read = await readDesignationsInSteps(bad, pause, 2)
    expect(read.rejected).toBe(1)
    expect(read.designations).toEqual(file.designations.slice(0, 5))
    await expect(readDesignationsInSteps({}, pause)).rejects.toThrow('no "designations" list')
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

  it('lists every name in scope before the search keys are folded, and finds none by a term without them', () => {
    // The panel folds the keys in idle steps after it shows (features/listed/use-name-keys).
    const none = { list: null, includeDelisted: false, country: null, from: null, to: null }
    expect(searchNames(file.designations, [], { ...none, query: '' })).toEqual(find(''))
    expect(searchNames(file.designations, [], { ...none, query: ' ' })).toEqual(find(''))
    expect(searchNames(file.designations, [], { ...none, query: 'putin' })).toEqual([])
  })

  it('narrows to a country and to designation dates, on the real lists', () => {
    const all = { query: '', list: null, includeDelisted: false, from: null, to: null }
    const uae = searchNames(file.designations, keys, { ...all, country: 'AE' })
    expect(uae.length).toBeGreaterThan(0)
    expect(uae.every((d) => d.country === 'AE')).toBe(true)
    const in2023 = searchNames(file.designations, keys, {
      ...all,
      country: null,
      from: '2023-01-01',
      to: '2023-12-31',
    })
    expect(in2023.length).toBeGreaterThan(100)
    expect(in2023.every((d) => d.designated !== null && d.designated.startsWith('2023-'))).toBe(true)
    // Every designation is in exactly one year's range: the ranges split the lists without gaps.
    const years = [2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]
    const byYear = years.map(
      (y) =>
        searchNames(file.designations, keys, { ...all, country: null, from: `${y}-01-01`, to: `${y}-12-31` })
          .length,
    )
    const dated = file.designations.filter((d) => d.designated !== null && d.delisted === null).length
    expect(byYear.reduce((a, b) => a + b, 0)).toBe(dated)
  })

  it('matches a Latin term at the start of a word, not inside one ("putin" is not "computing")', () => {
    const hits = find('putin')
    expect(hits.length).toBeGreaterThan(0)
    for (const d of hits) {
      const names = [d.nameJa, d.nameEn, ...d.aliases].join(' | ')
      expect(names, names).toMatch(/(^|[^a-z])putin/i)
    }
    expect(hits.some((d) => /computing/i.test(d.nameEn ?? ''))).toBe(false)
    expect(find('rosoboronexport').map((d) => d.nameEn)).toContain('JSC Rosoboronexport')
    // A dotted query splits into words as the names do.
    expect(find('m.a. kartsev').length).toBe(find('kartsev m a').length)
  })
})
