/**
 * The goods fast path (validate/fast-goods.ts) against zod: whatever it accepts, zod accepts with exactly the same
 * result (values and key order); it accepts the plain items of real datasets, so it is actually used.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { parsePlainGoodsItem } from '@/data/validate/fast-goods'
import { goodsItemSchema } from '@/data/validate/schema'

type Json = Record<string, unknown>
const bundled = JSON.parse(readFileSync(resolve(process.cwd(), 'public/data/sanctions.json'), 'utf8')) as {
  goods: Json[]
}
// Every goods item of the bundled dataset is a plain one (the fast path's business).
const plainItems = bundled.goods

function sameAsZod(record: unknown): void {
  const fast = parsePlainGoodsItem(record)
  if (fast === undefined) return
  const slow = goodsItemSchema.safeParse(record)
  expect(slow.success, JSON.stringify(record)).toBe(true)
  expect(fast).toStrictEqual(slow.data)
  expect(Object.keys(fast)).toEqual(Object.keys(slow.data ?? {}))
}

/** Values each field is tried with: valid ones, near misses and wrong types. */
const candidates: Record<string, unknown[]> = {
  id: ['a', 'g-1', 'A-1', '-x', '', 'x'.repeat(80), 'x'.repeat(81), 7, null],
  name: ['Pump', ' Pump', 'Pump ', '', 'x'.repeat(500), 'x'.repeat(501), null, 3, ['a']],
  nameJa: ['ポンプ', ' ポンプ', '', null, 1, 'x'.repeat(501)],
  category: [
    'Machinery',
    ' Machinery',
    '',
    'x'.repeat(100),
    'x'.repeat(101),
    { en: 'Wood', ja: '木材' },
    null,
  ],
  categoryJa: ['機械', '', ' 機械', null, 5],
  measureId: ['m-1', 'M1', '', 4],
  effective: ['2022-05-20', '2022-02-30', '1989-12-31', '2101-01-01', '2022-5-20', '20220520', 20220520],
  hsCodes: [[], ['84.71'], ['8471'], ['84.71.10'], ['847'], ['84.71', 'x'], '84.71', [8471], null],
  itemCount: [0, 1, 14, null, -1, 1.5, 10_000_000, 10_000_001, '1', Number.NaN, Number.POSITIVE_INFINITY],
  unidentified: [true, false, 'false', 0, null],
  sourceIds: [['s-1'], [], ['S-1'], ['s-1', 's-2'], 's-1', [1], null],
  confidence: ['high', 'medium', 'low', 'High', '', null],
  note: [
    'A note',
    ' A note',
    '',
    { en: 'n', ja: null },
    { ja: '注' },
    { en: null },
    { en: 'n', x: 1 },
    null,
    'x'.repeat(1001),
  ],
  extra: [1, 'x', null],
}
const FIELDS = Object.keys(candidates)

const record = fc
  .record({
    base: fc.constantFrom(...plainItems),
    changes: fc.array(fc.tuple(fc.constantFrom(...FIELDS), fc.nat(), fc.boolean()), { maxLength: 4 }),
  })
  .map(({ base, changes }) => {
    const r: Json = { ...base }
    for (const [field, pick, remove] of changes) {
      if (remove) delete r[field]
      else {
        const values = candidates[field] as unknown[]
        r[field] = values[pick % values.length]
      }
    }
    return r
  })

describe('the goods fast path', () => {
  it('accepts the plain items of the bundled dataset, exactly as zod parses them', () => {
    expect(plainItems.length).toBeGreaterThan(50)
    for (const g of plainItems) {
      expect(parsePlainGoodsItem(g)).toBeDefined()
      sameAsZod(g)
    }
  })

  it('never accepts what zod refuses, nor returns anything zod would not (10,000 mutated items)', () => {
    fc.assert(
      fc.property(record, (r) => sameAsZod(r)),
      { numRuns: 10_000 },
    )
  })

  it('leaves to zod what it does not handle: text to trim, extra fields, odd objects', () => {
    const base = plainItems[0] as Json
    expect(parsePlainGoodsItem({ ...base, note: ' Seen at customs' })).toBeUndefined()
    expect(parsePlainGoodsItem({ ...base, category: { en: 'Wood', ja: '木材', fr: 'Bois' } })).toBeUndefined()
    expect(
      parsePlainGoodsItem({ ...base, category: Object.assign(Object.create(null), { en: 'Wood' }) }),
    ).toBeUndefined()
    expect(parsePlainGoodsItem(JSON.parse(`{"__proto__": 1, "id": "x"}`))).toBeUndefined()
    expect(parsePlainGoodsItem(Object.assign(Object.create(null), base))).toBeUndefined()
    expect(parsePlainGoodsItem([base])).toBeUndefined()
  })
})
