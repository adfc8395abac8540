import fc from 'fast-check'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'

import { NO_FILTER } from '@/data/shape/filter'
import { charRowsSteps } from '@/data/goods/goods-char-rows'
import { BLOB_ROWS, buildGoodsIndex, indexDataset, type GoodsRow } from '@/data/goods/goods-index'
import {
  goodsFacets,
  goodsSearchWarmUps,
  queryGoods,
  sortedOrder,
  type GoodsQuery,
} from '@/data/goods/goods-query'
import { goodsCsvColumns, goodsCsvFileName, goodsToCsv } from '@/features/goods/goods-csv'
import { loadCatalogue } from '@/lib/i18n/catalogues'
import { getI18n } from '@/lib/i18n/i18n'
import { foldText, queryTerms } from '@/lib/normalize-text'

import { loadDataset2022 } from '../../fixtures/bundled-dataset'
import { makeSyntheticGoodsRows } from '../../fixtures/synthetic-goods'

const dataset = loadDataset2022()
const index = indexDataset(dataset)
const q = (o: Partial<GoodsQuery>): GoodsQuery => ({
  search: '',
  categories: null,
  tranche: null,
  page: NO_FILTER,
  sort: { key: 'effective', dir: 'asc' },
  ...o,
})
const names = (order: Int32Array) => Array.from(order, (i) => index.rows.at(i)?.name ?? '(unidentified)')

describe('queryGoods on the bundled dataset', () => {
  it('returns every row when nothing is set', () => {
    expect(queryGoods(index, q({}))).toHaveLength(dataset.goods.length)
  })

  it.each([
    ['quantum', 2],
    ['QUANTUM computers', 1],
    ['量子', 2],
    ['電子顕微鏡', 1],
    ['microscopes', 1],
    ['22.08', 1],
    ['2208', 1],
    ['4401', 2],
    ['not identified', 29],
    ['zzzz', 0],
  ])('search %s matches %i rows', (search, n) => {
    expect(queryGoods(index, q({ search }))).toHaveLength(n)
  })

  it('composes search, category, tranche and the page-wide filter (all must hold)', () => {
    const may = 'jp-2022-05-10-cutting-edge-goods'
    expect(queryGoods(index, q({ tranche: may }))).toHaveLength(14)
    expect(queryGoods(index, q({ tranche: may, search: 'equipment' })).length).toBeGreaterThan(1)
    expect(queryGoods(index, q({ tranche: may, categories: ['Wood'] }))).toHaveLength(0)
    expect(queryGoods(index, q({ categories: ['Wood', 'Alcoholic beverages'] }))).toHaveLength(10)
    expect(queryGoods(index, q({ page: { ...NO_FILTER, types: ['import_ban'] } }))).toHaveLength(38)
    expect(
      queryGoods(index, q({ page: { ...NO_FILTER, types: ['import_ban'] }, search: 'quantum' })),
    ).toHaveLength(0)
    expect(queryGoods(index, q({ page: { ...NO_FILTER, from: '2022-10-01' } }))).toHaveLength(3)
  })

  it('sorts by any column, unidentified items last in both directions', () => {
    const asc = names(queryGoods(index, q({ sort: { key: 'name', dir: 'asc' } })))
    const desc = names(queryGoods(index, q({ sort: { key: 'name', dir: 'desc' } })))
    expect(asc.slice(-29).every((n) => n === '(unidentified)')).toBe(true)
    expect(desc.slice(-29).every((n) => n === '(unidentified)')).toBe(true)
    const named = asc.slice(0, -29)
    expect(named).toEqual(
      [...named].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })),
    )
    expect(desc.slice(0, -29)).toEqual([...named].reverse())
  })

  it('lists categories and tranches with their counts', () => {
    const { categories, tranches } = goodsFacets(index.rows)
    expect(categories).toContainEqual(['Advanced technology', 14])
    expect(tranches.find((t) => t.id === 'jp-2022-05-10-cutting-edge-goods')?.count).toBe(14)
  })
})

describe('queryGoods at scale', () => {
  const big = buildGoodsIndex(makeSyntheticGoodsRows(100_000))

  it('filters 100,000 rows correctly', () => {
    // Rows i ≡ 3 (mod 9) are "café machine"s, except the unidentified ones (i ≡ 49 mod 50).
    expect(queryGoods(big, q({ search: 'cafe' }))).toHaveLength(countNamed(3))
    expect(queryGoods(big, q({ search: 'CAFÉ' }))).toHaveLength(queryGoods(big, q({ search: 'cafe' })).length)
    expect(queryGoods(big, q({ search: '量子' })).length).toBeGreaterThan(10_000)
  })
})

function countNamed(word: number): number {
  let n = 0
  for (let i = 0; i < 100_000; i++) if (i % 9 === word && i % 50 !== 49) n++
  return n
}

describe('goods CSV', () => {
  it('round-trips through papaparse with a header, units of meaning and source URLs', () => {
    const rows = Array.from(queryGoods(index, q({ search: 'quantum' })), (i) => index.rows.at(i) as GoodsRow)
    const csv = goodsToCsv(getI18n('en'), rows)
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true })
    expect(parsed.errors).toEqual([])
    expect(parsed.meta.fields).toEqual(goodsCsvColumns(getI18n('en')).map((c) => c.header))
    expect(parsed.data).toHaveLength(2)
    const quantum = parsed.data.find((r) => r.item?.startsWith('Quantum computers'))
    expect(quantum).toMatchObject({
      category: 'Advanced technology',
      effective: '2022-05-20',
      unidentified: 'false',
    })
    expect(quantum?.item_ja).toMatch(/^量子計算機/)
    expect(quantum?.source_urls).toMatch(/^https?:\/\//)
  })

  it('writes unidentified items as such, and escapes cells a spreadsheet would run as formulas', () => {
    const row = {
      ...(index.rows.at(0) as GoodsRow),
      name: null,
      unidentified: true,
      noteEn: '=HYPERLINK("http://x")',
    }
    const parsed = Papa.parse<Record<string, string>>(goodsToCsv(getI18n('en'), [row]).slice(1), {
      header: true,
    })
    expect(parsed.data[0]?.item).toBe('not identified in published sources')
    expect(parsed.data[0]?.note).toBe('\'=HYPERLINK("http://x")')
  })

  it('writes Japanese headers and measure types for a Japanese reader', async () => {
    await loadCatalogue('ja')
    const rows = Array.from(queryGoods(index, q({ search: '量子' })), (i) => index.rows.at(i) as GoodsRow)
    const parsed = Papa.parse<Record<string, string>>(goodsToCsv(getI18n('ja'), rows).slice(1), {
      header: true,
    })
    expect(parsed.meta.fields).toContain('品目（日本語）')
    expect(parsed.data[0]).toMatchObject({ 措置の種類: '輸出禁止', 発効日: '2022-05-20' })
    expect(parsed.data.some((r) => r['品目（日本語）']?.startsWith('量子計算機'))).toBe(true)
    expect(goodsCsvFileName('all', '2022-12-05', 'ja')).toBe(
      'japan-russia-banned-goods-all-as-of-2022-12-05-ja.csv',
    )
  })

  it('finds unnamed items by their label in either language', async () => {
    await loadCatalogue('ja')
    const unnamed = Array.from({ length: index.rows.length }, (_, i) => index.rows.at(i) as GoodsRow).filter(
      (r) => r.name === null && r.nameJa === null,
    ).length
    expect(unnamed).toBeGreaterThan(0)
    for (const locale of ['en', 'ja'] as const) {
      const label = getI18n(locale).t('goods.unidentified')
      expect(queryGoods(index, q({ search: label }))).toHaveLength(unnamed)
    }
  })

  it('names files by scope and date', () => {
    expect(goodsCsvFileName('filtered', '2022-12-05')).toBe(
      'japan-russia-banned-goods-filtered-as-of-2022-12-05.csv',
    )
  })
})

describe('queryGoods while typing', () => {
  it('gives the same rows narrowing the previous result as scanning everything afresh', () => {
    const rows = makeSyntheticGoodsRows(5_000)
    const typed = buildGoodsIndex(rows)
    const texts = ['c', 'ca', 'caf', 'cafe', 'cafe ', 'cafe m', 'caf', '8', '84', '84.1', '量', '量子', '']
    for (const tranche of [null, 'syn-measure-3']) {
      for (const text of texts) {
        const fresh = buildGoodsIndex(rows)
        const expected = queryGoods(fresh, q({ search: text, tranche }))
        expect(queryGoods(typed, q({ search: text, tranche }))).toEqual(expected)
      }
    }
  })

  it('is not changed by warming the search up in between', () => {
    const rows = makeSyntheticGoodsRows(5_000)
    const warmed = buildGoodsIndex(rows)
    const plain = buildGoodsIndex(rows)
    for (const text of ['e', 'e 1', 'ca', 'e', '']) {
      for (const step of goodsSearchWarmUps(warmed)) step()
      expect(queryGoods(warmed, q({ search: text }))).toEqual(queryGoods(plain, q({ search: text })))
    }
  })
})

describe('queryGoods against a plain reference', () => {
  // The reference: every term must occur in one of the row's folded fields, in the default sort order.
  const fields = (r: GoodsRow) =>
    [
      r.name ?? '',
      r.nameJa ?? '',
      r.category,
      r.categoryJa ?? '',
      ...r.hsCodes,
      ...r.hsCodes.map((c) => c.replaceAll('.', '')),
    ].map(foldText)
  const reference = (ix: ReturnType<typeof buildGoodsIndex>, search: string) => {
    const terms = queryTerms(search)
    return Array.from(sortedOrder(ix, { key: 'effective', dir: 'asc' })).filter((i) => {
      const r = ix.rows.at(i) as GoodsRow
      if (r.name === null && r.nameJa === null) return false
      return terms.every((t) => fields(r).some((f) => f.includes(t)))
    })
  }

  it('keeps the search text in pieces of BLOB_ROWS rows, which joined are every row’s text', () => {
    const ix = buildGoodsIndex(makeSyntheticGoodsRows(BLOB_ROWS * 2 + 5))
    expect(ix.blobs).toHaveLength(3)
    const joined = ix.blobs.join('\u0002')
    expect(joined.length + 1).toBe(ix.starts[ix.rows.length])
    expect(joined.slice(ix.starts[BLOB_ROWS], ix.starts[BLOB_ROWS + 1]! - 1)).toContain('model 20000')
  })

  // 2,000 rows: every search checks rows one by one; 12,000: the first term is found in the search
  // text (or, for one character, in its row set); 45,000: the search text is in three pieces (BLOB_ROWS),
  // and rows on either side of a boundary.
  it.each([
    [2_000, 150],
    [12_000, 20],
    [45_000, 4],
  ])(
    'finds exactly the rows holding every term, typed one key at a time or pasted whole (%i rows)',
    (n, runs) => {
      const rows = makeSyntheticGoodsRows(n)
      const named = rows.map((r, i) => (i % 50 === 49 ? { ...r, name: `spare ${i}`, nameJa: null } : r))
      fc.assert(
        fc.property(
          fc.array(fc.constantFrom(...'acdefgmopsuy 01248量子zé.'.split('')), { maxLength: 8 }),
          (keys) => {
            // Typed into an index with its one-character row sets built; pasted into one without.
            const typed = buildGoodsIndex(named)
            for (const step of charRowsSteps(typed)) step()
            let text = ''
            for (const k of keys) {
              text += k
              expect(Array.from(queryGoods(typed, q({ search: text })))).toEqual(reference(typed, text))
            }
            expect(Array.from(queryGoods(buildGoodsIndex(named), q({ search: text })))).toEqual(
              reference(typed, text),
            )
          },
        ),
        { numRuns: runs },
      )
    },
  )
})
