import { describe, expect, it } from 'vitest'

import { localizeRecord } from '@/data/localize'

import { energyEventSchema, goodsItemSchema, measureSchema } from '@/data/validate/schema'
import {
  countByType,
  filterEnergyEvents,
  filterGoods,
  filterMeasures,
  inDateRange,
  type MeasureFilter,
} from '@/data/shape/filter'

import { makeGoodsItem, makeMeasure } from '../../fixtures/make-dataset'

const measures = localizeRecord(
  [
    measureSchema.parse(makeMeasure({ id: 'freeze', announced: '2022-03-01', effective: null })),
    measureSchema.parse(
      makeMeasure({
        id: 'export',
        type: 'export_ban',
        target: 'goods',
        unit: 'items',
        announced: '2022-05-10',
        effective: '2022-05-20',
      }),
    ),
    measureSchema.parse(
      makeMeasure({
        id: 'coal',
        type: 'import_ban',
        target: 'commodity',
        added: null,
        unit: null,
        announced: '2022-04-08',
        effective: null,
      }),
    ),
  ],
  'en',
)
const goods = localizeRecord(
  [goodsItemSchema.parse(makeGoodsItem({ id: 'q', measureId: 'export', effective: '2022-05-20' }))],
  'en',
)
const event = (o: Record<string, unknown>) =>
  localizeRecord(
    energyEventSchema.parse({
      id: 'e',
      date: '2022-04-08',
      subject: 'coal',
      title: 'Coal ban announced',
      description: 'Kishida announces a ban on Russian coal.',
      sourceIds: ['src-a'],
      confidence: 'high',
      ...o,
    }),
    'en',
  )

const f = (o: Partial<MeasureFilter>): MeasureFilter => ({ types: null, from: null, to: null, ...o })

describe('inDateRange', () => {
  it.each([
    ['2022-03-01', null, null, true],
    ['2022-03-01', '2022-03-01', '2022-03-01', true],
    ['2022-02-28', '2022-03-01', null, false],
    ['2022-03-02', null, '2022-03-01', false],
  ])('%s in [%s, %s] → %s', (date, from, to, expected) => {
    expect(inDateRange(date, { from, to })).toBe(expected)
  })
})

describe('filterMeasures', () => {
  it.each([
    [f({}), ['freeze', 'export', 'coal']],
    [f({ types: [] }), []],
    [f({ types: ['export_ban'] }), ['export']],
    [f({ types: ['asset_freeze', 'import_ban'], from: '2022-04-01' }), ['coal']],
    [f({ to: '2022-04-30' }), ['freeze', 'coal']],
  ])('%j keeps %j', (filter, ids) => {
    expect(filterMeasures(measures, filter).map((m) => m.id)).toEqual(ids)
  })
})

describe('filterGoods', () => {
  it('follows the type of the banning measure and the date the ban took effect', () => {
    expect(filterGoods(goods, measures, f({ types: ['export_ban'] }))).toHaveLength(1)
    expect(filterGoods(goods, measures, f({ types: ['asset_freeze'] }))).toHaveLength(0)
    expect(filterGoods(goods, measures, f({ to: '2022-05-19' }))).toHaveLength(0)
  })
})

describe('filterEnergyEvents', () => {
  it('applies the measure type to events tied to a measure, and only the dates to context events', () => {
    const tied = event({ id: 'tied', measureId: 'coal' })
    const context = event({ id: 'context', measureId: null })
    expect(
      filterEnergyEvents([tied, context], measures, f({ types: ['export_ban'] })).map((e) => e.id),
    ).toEqual(['context'])
    expect(filterEnergyEvents([tied, context], measures, f({ from: '2022-05-01' }))).toEqual([])
  })
})

describe('countByType', () => {
  it('counts measures per type in the schema order', () => {
    expect(countByType(measures)).toEqual([
      ['asset_freeze', 1],
      ['export_ban', 1],
      ['import_ban', 1],
    ])
  })
})
