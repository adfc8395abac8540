/** The bundled dataset itself: valid, fully sourced, and holding the seed figures of the research notes. */
import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import type { Measure } from '@/data/validate/schema'
import { checkGoodsCounts, checkReportedTotals } from '@/data/shape/consistency'
import { isRussianIndividualFreeze, toCumulativeSeries } from '@/data/shape/cumulative'
import { rankSuppliers } from '@/data/shape/lng'
import { validateDatasetText } from '@/data/validate/validate-dataset'
import { localizeDataset } from '@/data/localize'

const text = readFileSync(new URL('../../../public/data/sanctions.json', import.meta.url), 'utf8')
const result = validateDatasetText(text)
if (!result.ok) throw new Error(`the bundled dataset does not load: ${result.error.message}`)
const { problems, rejected } = result
// As a reader sees it, in English (the Japanese texts are checked below).
const dataset = localizeDataset(result.dataset, 'en')
const raw = JSON.parse(text) as Record<string, unknown[]>

function only<T>(items: T[], what: string): T {
  expect(items, what).toHaveLength(1)
  return items[0] as T
}

const freezes = (date: string, target: Measure['target'] = 'individual') =>
  only(
    dataset.measures.filter(
      (m) =>
        m.direction === 'JP→RU' &&
        m.type === 'asset_freeze' &&
        m.target === target &&
        m.targetCountry === 'RU' &&
        m.announced === date,
    ),
    `${target} asset freeze announced ${date}`,
  )

describe('the bundled dataset', () => {
  it('validates with no problem and no rejected record', () => {
    expect(problems).toEqual([])
    expect(rejected).toBe(0)
    for (const key of ['sources', 'measures', 'goods'] as const) {
      expect(dataset[key]).toHaveLength(raw[key]?.length ?? -1)
    }
  })

  it('covers February to December 2022', () => {
    expect(dataset.meta.coverage.from).toBe('2022-02-23')
    expect(dataset.meta.coverage.to >= '2022-12-01').toBe(true)
    const dates = dataset.measures.map((m) => m.announced).sort()
    expect(dates[0]).toBe('2022-02-23')
  })

  it('resolves every cited source id', () => {
    const ids = new Set(dataset.sources.map((s) => s.id))
    const cited = new Set<string>()
    JSON.stringify(dataset, (key, value: unknown) => {
      if (key === 'sourceIds' && Array.isArray(value)) for (const id of value) cited.add(String(id))
      return value
    })
    expect(cited.size).toBeGreaterThan(100)
    expect([...cited].filter((id) => !ids.has(id))).toEqual([])
  })

  it('holds 398 individuals added on 12 Apr 2022, bringing the total to 499', () => {
    expect(freezes('2022-04-12')).toMatchObject({ added: 398, reportedTotal: 499, unit: 'persons' })
  })

  it('holds 141 more on 10 May, also reported as "about 140"', () => {
    const may = freezes('2022-05-10')
    expect(may.added).toBe(141)
    expect(may.alternatives).toContainEqual(
      expect.objectContaining({ field: 'added', value: 140, qualifier: 'about' }),
    )
    const series = toCumulativeSeries(dataset.measures, isRussianIndividualFreeze)
    expect(series.find((p) => p.measureId === may.id)?.total).toBe(640)
  })

  it.each([
    ['2022-03-15', 61],
    ['2022-03-18', 76],
    ['2022-03-25', 101],
    ['2022-04-12', 499],
  ])('the running sum of tranches matches the total reported on %s (%i)', (date, total) => {
    const check = checkReportedTotals(dataset.measures).find((c) => c.measureId === freezes(date).id)
    expect(check).toMatchObject({ reported: total, derived: total, ok: true })
  })

  it('keeps both figures where sources disagree on the 25 Mar entity export ban (81 vs 80)', () => {
    const m = only(
      dataset.measures.filter(
        (x) => x.type === 'export_ban' && x.target === 'entity' && x.announced === '2022-03-25',
      ),
      '25 Mar entity export ban',
    )
    expect(m).toMatchObject({ added: 81, reportedTotal: 130 })
    expect(m.alternatives).toContainEqual(expect.objectContaining({ field: 'added', value: 80 }))
  })

  it('lists the 14 cutting-edge items banned from 20 May 2022, unidentified ones as such', () => {
    const m = only(
      dataset.measures.filter((x) => x.type === 'export_ban' && x.effective === '2022-05-20'),
      'the 20 May export ban',
    )
    expect(m).toMatchObject({ added: 14, unit: 'items' })
    const rows = dataset.goods.filter((g) => g.measureId === m.id)
    expect(rows).toHaveLength(14)
    const unidentified = rows.filter((g) => g.unidentified)
    expect(unidentified.length).toBeGreaterThanOrEqual(4)
    expect(unidentified.every((g) => g.name === null)).toBe(true)
    expect(rows.some((g) => g.nameJa?.startsWith('量子計算機'))).toBe(true)
  })

  it('every goods measure with fully counted rows adds up', () => {
    expect(checkGoodsCounts(dataset.measures, dataset.goods).filter((c) => !c.ok)).toEqual([])
  })

  it('holds Russia’s entry ban on 63 Japanese nationals on 4 May 2022', () => {
    const m = only(
      dataset.measures.filter((x) => x.direction === 'RU→JP' && x.type === 'entry_ban' && x.added === 63),
      'the 63-person entry ban',
    )
    expect(m.announced).toBe('2022-05-04')
  })

  it('holds Sakhalin-2 at 9.6 Mt/yr, with the other reported figures as alternatives', () => {
    const f = only(
      dataset.energy.figures.filter((x) => x.subject === 'sakhalin2' && x.figure.unit === 'Mt/yr'),
      'Sakhalin-2 capacity',
    )
    expect(f.figure.value).toBe(9.6)
    expect(f.figure.alternatives.map((a) => a.value)).toEqual(expect.arrayContaining([10, 11.5]))
  })

  it('has Russia as Japan’s fifth-largest LNG supplier at 8.8% in 2021, shares summing to 100%', () => {
    const ranked = rankSuppliers(dataset.energy.lngSuppliers)
    expect(ranked.find((s) => s.country === 'Russia')).toMatchObject({ rank: 5, share: { value: 8.8 } })
    const sum = dataset.energy.lngSuppliers.reduce((n, s) => n + s.share.value, 0)
    expect(sum).toBeCloseTo(100, 5)
  })
})
