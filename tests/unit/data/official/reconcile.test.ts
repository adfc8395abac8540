/** The lists beside the press, on the bundled designations and dataset. */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

import { describe, expect, it } from 'vitest'

import { reconcile } from '@/data/official/reconcile'
import { readDesignations } from '@/data/official/read-designations'

import { loadBundledDataset } from '../../../fixtures/bundled-dataset'

const { designations } = readDesignations(
  JSON.parse(readFileSync(resolve(process.cwd(), 'public/data/designations.json'), 'utf8')),
)
const { measures } = loadBundledDataset()
const rowOn = (what: Parameters<typeof reconcile>[2], date: string) =>
  reconcile(designations, measures, what).rows.find((r) => r.date === date)

describe('reconciling the lists with the press', () => {
  it('puts 397 on the list beside the 398 reported on 12 Apr 2022', () => {
    expect(rowOn('individuals', '2022-04-12')).toMatchObject({ listed: 397, reported: 398, difference: -1 })
  })

  it('counts the Crimea sheet with Russia: 8 + 129 on 10 May 2022 against 141 reported', () => {
    expect(rowOn('individuals', '2022-05-10')).toMatchObject({ listed: 137, reported: 141, difference: -4 })
  })

  it('finds the 5 Jul 2022 round on the list (55 + 5)', () => {
    expect(rowOn('individuals', '2022-07-05')).toMatchObject({ listed: 60 })
  })

  it('shows a list date with no press figure, and the removals', () => {
    // 26 Feb 2022: 24 people on the Crimea sheet; the press records of 23 Feb give no count.
    expect(rowOn('individuals', '2022-02-26')).toMatchObject({ listed: 24, reported: null, difference: null })
    expect(rowOn('individuals', '2025-09-12')).toMatchObject({ listed: 14, delisted: 4 })
  })

  it('closes the export bans: 561 Russian and 56 third-country entities on both sides', () => {
    for (const [what, n] of [
      ['export-entities', 561],
      ['export-third', 56],
    ] as const) {
      const r = reconcile(designations, measures, what)
      expect([r.listedTotal, r.reportedTotal]).toEqual([n, n])
    }
    // The third-country batch of January 2025: the cabinet decided on 10 Jan, the notice is dated 16 Jan.
    expect(rowOn('export-third', '2025-01-10')).toMatchObject({ listed: null, reported: 31 })
    expect(rowOn('export-third', '2025-01-16')).toMatchObject({ listed: 31, reported: null })
  })
})
