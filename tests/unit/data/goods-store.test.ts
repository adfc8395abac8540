/**
 * Goods kept in columns (goods/goods-store.ts) give back exactly the items validation gave: the same values
 * and key order, for the bundled dataset and for random valid items, whatever the chunk boundaries.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { defineStoredGoods, GoodsStore, packGoods, storedGoodsOf } from '@/data/goods/goods-store'
import { localizeDataset } from '@/data/localize'
import { goodsItemSchema, type BilingualDataset, type RawGoodsItem } from '@/data/validate/schema'
import { validateDatasetText } from '@/data/validate/validate-dataset'

const text = readFileSync(resolve(process.cwd(), 'public/data/sanctions.json'), 'utf8')
const validated = validateDatasetText(text)
if (!validated.ok) throw new Error('the bundled dataset does not validate')
const bundled = validated.dataset

/** The items packed in chunks that end at `cuts`, then read back through a store. */
function stored(goods: readonly RawGoodsItem[], cuts: readonly number[]): GoodsStore {
  const store = new GoodsStore()
  const ends = [...new Set([...cuts.filter((c) => c > 0 && c < goods.length), goods.length])].sort(
    (a, b) => a - b,
  )
  let from = 0
  for (const to of ends) {
    store.add(packGoods(goods, from, to).chunk)
    from = to
  }
  return store
}

function expectSameItems(store: GoodsStore, goods: readonly RawGoodsItem[]): void {
  expect(store.length).toBe(goods.length)
  goods.forEach((g, i) => {
    const back = store.item(i)
    expect(back).toStrictEqual(g)
    expect(Object.keys(back)).toEqual(Object.keys(g))
  })
}

const textArb = fc.string({ minLength: 1, maxLength: 12 }).map((s) => s.trim() || 'x')
const jaArb = fc.constantFrom('量子計算機', '電子顕微鏡', '半導体', 'ポンプ')
const noteArb = fc.oneof(
  fc.constant(undefined),
  fc.record({ en: textArb, ja: fc.constant(null) }),
  fc.record({ en: fc.constant(null), ja: jaArb }),
  fc.record({ en: textArb, ja: jaArb }),
)
/** Valid goods items as validation gives them (zod parses each, so they are exactly its output). */
const itemArb = fc
  .record({
    id: fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/),
    unidentified: fc.boolean(),
    name: textArb,
    nameJa: fc.option(jaArb, { nil: null }),
    category: fc.oneof(textArb, fc.record({ en: fc.constant(null), ja: jaArb })),
    categoryJa: fc.option(jaArb, { nil: undefined }),
    measureId: fc.constantFrom('m-1', 'm-2', 'm-3'),
    effective: fc.constantFrom('2022-03-18', '2022-05-20', '2023-01-27'),
    hsCodes: fc.array(fc.constantFrom('84', '8471.30', '90.12', '2203'), { maxLength: 3 }),
    itemCount: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 10_000_000 })),
    note: noteArb,
    sourceIds: fc.array(fc.constantFrom('s-1', 's-2', 's-3'), { minLength: 1, maxLength: 3 }),
    confidence: fc.constantFrom('high', 'medium', 'low'),
  })
  .map(({ unidentified, name, note, categoryJa, ...rest }) => {
    const raw = {
      ...rest,
      unidentified,
      name: unidentified ? null : name,
      ...(note === undefined ? {} : { note }),
      ...(categoryJa === undefined ? {} : { categoryJa }),
    }
    return goodsItemSchema.parse(raw)
  })

describe('goods kept in columns', () => {
  it('give back every item of the bundled dataset exactly, across chunk boundaries', () => {
    expectSameItems(stored(bundled.goods, []), bundled.goods)
    expectSameItems(stored(bundled.goods, [1, 7, 50, 51]), bundled.goods)
  })

  it('give back random valid items exactly (values, nulls, notes, key order)', () => {
    fc.assert(
      fc.property(
        fc.array(itemArb, { minLength: 1, maxLength: 40 }),
        fc.array(fc.nat(40), { maxLength: 4 }),
        (goods, cuts) => expectSameItems(stored(goods, cuts), goods),
      ),
      { numRuns: 300 },
    )
  })

  it('refuse to read an item that is not there', () => {
    const store = stored(bundled.goods.slice(0, 3), [])
    expect(() => store.item(3)).toThrow(RangeError)
    expect(() => store.item(-1)).toThrow(RangeError)
  })

  it('say whether any item has a note', () => {
    const store = stored(bundled.goods, [10])
    expect(store.hasNotes()).toBe(bundled.goods.some((g) => g.note !== undefined))
    const plain = bundled.goods.slice(0, 5).map(({ note: _note, ...g }) => g)
    expect(stored(plain, []).hasNotes()).toBe(false)
  })
})

describe('a dataset whose goods are kept in columns', () => {
  function storedDataset(): { dataset: BilingualDataset; reads: () => number } {
    const store = stored(bundled.goods, [30])
    let reads = 0
    const { goods: _goods, ...rest } = bundled
    const dataset = defineStoredGoods({ ...rest } as BilingualDataset, store, () => {
      reads++
      return store.items()
    })
    return { dataset, reads: () => reads }
  }

  it('builds its goods list once, when it is first read, equal to the validated one', () => {
    const { dataset, reads } = storedDataset()
    expect(storedGoodsOf(dataset)).not.toBeNull()
    expect(storedGoodsOf(bundled)).toBeNull()
    expect(reads()).toBe(0)
    expect(dataset.goods).toStrictEqual(bundled.goods)
    expect(dataset.goods).toBe(dataset.goods)
    expect(reads()).toBe(1)
    expect(JSON.parse(JSON.stringify(dataset))).toEqual(JSON.parse(JSON.stringify(bundled)))
  })

  it('is localized without reading its goods; the localized goods, when read, are in the language', () => {
    const { dataset, reads } = storedDataset()
    const ja = localizeDataset(dataset, 'ja')
    const en = localizeDataset(dataset, 'en')
    expect(reads()).toBe(0)
    expect(ja.measures).toEqual(localizeDataset(bundled, 'ja').measures)
    expect(ja.goods).toEqual(localizeDataset(bundled, 'ja').goods)
    expect(en.goods).toEqual(localizeDataset(bundled, 'en').goods)
    expect(reads()).toBe(1)
  })
})
