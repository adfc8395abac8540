/**
 * Schema version 4: designations on the official lists, name by name, inside a dataset. They are checked
 * record by record, come through the worker's job, and replace the bundled lists they cover.
 */
import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { openDataset } from '@/data/load/open-dataset'
import type { Designation } from '@/data/official/designation'
import { withOpenedLists } from '@/data/official/opened-lists'
import { formatProblem } from '@/data/validate/format-problem'
import { validateDataset } from '@/data/validate/validate-dataset'

import { makeDataset } from '../../fixtures/make-dataset'
import { EN } from './i18n-harness'
import { runJob } from './job-harness'

const bundled = (
  JSON.parse(readFileSync('public/data/designations.json', 'utf8')) as { designations: Designation[] }
).designations
const putin = bundled.find((d) => d.list === 'mof-russia-individuals' && d.entry === 1)!
const meti = bundled.find((d) => d.list === 'meti-third-countries')!

describe('schema version 4', () => {
  it('keeps good designations and rejects a bad or repeated one, naming the field', () => {
    const result = validateDataset(
      makeDataset({
        schemaVersion: 4,
        designations: [putin, { ...meti, entry: -3 }, meti, meti, { ...putin, list: 'un-list' }],
      }),
    )
    if (!result.ok) throw new Error('refused')
    expect(result.dataset.designations).toEqual([putin, meti])
    // The record id used for duplicates is not added to the designations kept.
    expect(result.dataset.designations?.[0]).not.toHaveProperty('id')
    expect(result.rejected).toBe(3)
    const lines = result.problems.map((p) => formatProblem(EN.t, p))
    expect(lines[0]).toMatch(/^designations\[1\].*entry/)
    expect(lines[1]).toMatch(/^designations\[3\].*second record with id "meti-third-countries:/)
    expect(lines[2]).toMatch(/^designations\[4\].*list/)
  })

  it('leaves designations out of an older version, and says why', () => {
    const result = validateDataset(makeDataset({ schemaVersion: 3, designations: [putin] }))
    if (!result.ok) throw new Error('refused')
    expect(result.dataset).not.toHaveProperty('designations')
    expect(result.problems.map((p) => formatProblem(EN.t, p))).toEqual([
      'designations, field (list): expected designations only in a dataset of schemaVersion 4, got a dataset of schemaVersion 3 (the designations were left out)',
    ])
  })

  it('reads versions 1 to 3 as before, without designations', () => {
    for (const schemaVersion of [1, 2, 3]) {
      const result = validateDataset(makeDataset({ schemaVersion }))
      expect(result.ok && result.dataset.designations).toBe(undefined)
    }
  })

  it('brings the designations through the worker, and they replace the bundled lists they cover', async () => {
    const doc = makeDataset({ schemaVersion: 4, designations: [{ ...putin, nameEn: 'Renamed' }] })
    const job = await runJob([{ name: 'lists.json', text: JSON.stringify(doc) }])
    if (!job.ok) throw new Error('refused')
    expect(job.dataset.designations).toEqual([{ ...putin, nameEn: 'Renamed' }])

    const opened = await openDataset(
      { kind: 'files', files: [new File([JSON.stringify(doc)], 'lists.json')] },
      {
        base: null,
        signal: new AbortController().signal,
        onProgress: () => {},
        runJob: async () => ({
          kind: 'dataset',
          dataset: job.dataset,
          problems: [],
          rejected: 0,
          omittedProblems: 0,
          checks: [],
          csvTables: [],
          mergedIntoBase: false,
        }),
      },
    )
    expect(opened.lists).toMatchObject({ origin: 'dataset', file: 'lists.json', asOf: putin.source.asOf })
    const merged = withOpenedLists(bundled, opened.lists)
    const russiaIndividuals = merged.filter((d) => d.list === 'mof-russia-individuals')
    expect(russiaIndividuals.map((d) => d.nameEn)).toEqual(['Renamed'])
    // The lists the dataset does not hold stay as bundled.
    expect(merged.filter((d) => d.list === 'meti-third-countries')).toEqual(
      bundled.filter((d) => d.list === 'meti-third-countries'),
    )
  })
})
