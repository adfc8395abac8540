/**
 * Goods joined with their measures into display rows, a search index built once per dataset,
 * and the pure filter/sort pipeline the goods explorer runs on every keystroke.
 */
import type { Dataset, GoodsItem, Measure, MeasureType, Source } from '@/data/schema'
import { inDateRange, typeSelected, type MeasureFilter } from '@/data/shape/filter'
import { foldText, queryTerms } from '@/lib/normalize-text'

export interface GoodsRow {
  id: string
  /** null for an item no source names. */
  name: string | null
  nameJa: string | null
  category: string
  unidentified: boolean
  itemCount: number | null
  effective: string
  hsCodes: string[]
  measureId: string
  measureTitle: string
  measureType: MeasureType
  announced: string
  sourceIds: string[]
  /** The cited sources, in citation order. */
  citations: Array<{ id: string; publisher: string; url: string }>
  publishers: string
  sourceUrls: string[]
  confidence: GoodsItem['confidence']
  note: string | null
}

export const UNIDENTIFIED_LABEL = 'not identified in published sources'

export function toGoodsRows(
  goods: readonly GoodsItem[],
  measures: readonly Measure[],
  sources: readonly Source[],
): GoodsRow[] {
  const measureById = new Map(measures.map((m) => [m.id, m]))
  const sourceById = new Map(sources.map((s) => [s.id, s]))
  return goods.flatMap((g) => {
    const m = measureById.get(g.measureId)
    if (m === undefined) return []
    const cited = g.sourceIds.flatMap((id) => {
      const s = sourceById.get(id)
      return s === undefined ? [] : [s]
    })
    return [
      {
        id: g.id,
        name: g.name,
        nameJa: g.nameJa,
        category: g.category,
        unidentified: g.unidentified,
        itemCount: g.itemCount,
        effective: g.effective,
        hsCodes: g.hsCodes,
        measureId: m.id,
        measureTitle: m.title,
        measureType: m.type,
        announced: m.announced,
        sourceIds: g.sourceIds,
        citations: cited.map((c) => ({ id: c.id, publisher: c.publisher, url: c.url })),
        publishers: [...new Set(cited.map((s) => s.publisher))].join(', '),
        sourceUrls: cited.map((s) => s.url),
        confidence: g.confidence,
        note: g.note ?? null,
      },
    ]
  })
}

export interface GoodsIndex {
  rows: GoodsRow[]
  /** Folded search text of each row: names in both languages, category, HS codes with and without dots. */
  haystacks: string[]
}

export function buildGoodsIndex(rows: GoodsRow[]): GoodsIndex {
  return {
    rows,
    haystacks: rows.map((r) =>
      foldText(
        [
          r.name ?? UNIDENTIFIED_LABEL,
          r.nameJa ?? '',
          r.category,
          ...r.hsCodes,
          ...r.hsCodes.map((c) => c.replaceAll('.', '')),
        ].join('\u0001'),
      ),
    ),
  }
}

export function indexDataset(dataset: Dataset): GoodsIndex {
  return buildGoodsIndex(toGoodsRows(dataset.goods, dataset.measures, dataset.sources))
}

export const GOODS_SORT_KEYS = ['name', 'category', 'measure', 'effective', 'hs', 'source'] as const
export type GoodsSortKey = (typeof GOODS_SORT_KEYS)[number]
export interface GoodsSort {
  key: GoodsSortKey
  dir: 'asc' | 'desc'
}

export interface GoodsQuery {
  search: string
  /** null: every category. */
  categories: readonly string[] | null
  /** A measure id, or null for every tranche. */
  tranche: string | null
  page: MeasureFilter
  sort: GoodsSort
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })

/** Unnamed items always sort after named ones, whichever the direction. */
function sortValue(r: GoodsRow, key: GoodsSortKey): string | null {
  switch (key) {
    case 'name':
      return r.name
    case 'category':
      return r.category
    case 'measure':
      return `${r.announced} ${r.measureTitle}`
    case 'effective':
      return r.effective
    case 'hs':
      return r.hsCodes[0] ?? null
    case 'source':
      return r.publishers === '' ? null : r.publishers
  }
}

const orders = new WeakMap<GoodsIndex, Map<string, number[]>>()

/**
 * Row order for a sort, computed once per index and sort (sorting 100,000 rows on every keystroke
 * would blow the frame budget; filtering a presorted order does not).
 */
export function sortedOrder(index: GoodsIndex, sort: GoodsSort): number[] {
  const cacheKey = `${sort.key}:${sort.dir}`
  let byKey = orders.get(index)
  if (byKey === undefined) {
    byKey = new Map()
    orders.set(index, byKey)
  }
  const cached = byKey.get(cacheKey)
  if (cached !== undefined) return cached
  const values = index.rows.map((r) => sortValue(r, sort.key))
  const sign = sort.dir === 'asc' ? 1 : -1
  const order = index.rows.map((_, i) => i)
  order.sort((a, b) => {
    const va = values[a] ?? null
    const vb = values[b] ?? null
    if (va === null || vb === null) return va === vb ? a - b : va === null ? 1 : -1
    return sign * collator.compare(va, vb) || a - b
  })
  byKey.set(cacheKey, order)
  return order
}

interface LastQuery {
  /** Everything but the search text. */
  key: string
  search: string
  result: number[]
}
const lastQueries = new WeakMap<GoodsIndex, LastQuery>()

function filtersKey(q: GoodsQuery): string {
  return JSON.stringify([q.categories, q.tranche, q.page, q.sort])
}

/**
 * Indices into index.rows of the rows that pass every filter, in display order.
 * Typing more of a search only narrows it, so a search that extends the previous one (same filters)
 * scans the previous result instead of every row: after the first keystroke, 100,000 rows cost little.
 */
export function queryGoods(index: GoodsIndex, q: GoodsQuery): number[] {
  const folded = foldText(q.search).trimStart()
  const key = filtersKey(q)
  const last = lastQueries.get(index)
  const narrows =
    last !== undefined && last.key === key && folded.startsWith(last.search) && !/\s$/.test(last.search)
  const candidates = narrows ? last.result : sortedOrder(index, q.sort)
  const result = scan(index, candidates, q)
  lastQueries.set(index, { key, search: folded, result })
  return result
}

function scan(index: GoodsIndex, candidates: readonly number[], q: GoodsQuery): number[] {
  const terms = queryTerms(q.search)
  const nTerms = terms.length
  const { rows, haystacks } = index
  const categories = q.categories === null ? null : new Set(q.categories)
  const dated = q.page.from !== null || q.page.to !== null
  // Decide once per measure and category, not once per row.
  const measureOk = new Map<string, boolean>()
  const categoryOk = new Map<string, boolean>()
  const out: number[] = []
  for (let c = 0; c < candidates.length; c++) {
    const i = candidates[c] as number
    const r = rows[i] as GoodsRow
    let ok = measureOk.get(r.measureId)
    if (ok === undefined) {
      ok = typeSelected(r.measureType, q.page) && (q.tranche === null || r.measureId === q.tranche)
      measureOk.set(r.measureId, ok)
    }
    if (!ok) continue
    if (categories !== null) {
      let cat = categoryOk.get(r.category)
      if (cat === undefined) {
        cat = categories.has(r.category)
        categoryOk.set(r.category, cat)
      }
      if (!cat) continue
    }
    if (dated && !inDateRange(r.effective, q.page)) continue
    if (nTerms > 0) {
      const hay = haystacks[i] as string
      let k = 0
      while (k < nTerms && hay.indexOf(terms[k] as string) !== -1) k++
      if (k < nTerms) continue
    }
    out.push(i)
  }
  return out
}

/** Categories and tranches present in the rows, for the filter controls. */
export function goodsFacets(rows: readonly GoodsRow[]): {
  categories: Array<[string, number]>
  tranches: Array<{ id: string; label: string; announced: string; count: number }>
} {
  const categories = new Map<string, number>()
  const tranches = new Map<string, { id: string; label: string; announced: string; count: number }>()
  for (const r of rows) {
    categories.set(r.category, (categories.get(r.category) ?? 0) + 1)
    const t = tranches.get(r.measureId) ?? {
      id: r.measureId,
      label: r.measureTitle,
      announced: r.announced,
      count: 0,
    }
    t.count += 1
    tranches.set(r.measureId, t)
  }
  return {
    categories: [...categories].sort((a, b) => collator.compare(a[0], b[0])),
    tranches: [...tranches.values()].sort((a, b) =>
      a.announced < b.announced ? -1 : a.announced > b.announced ? 1 : 0,
    ),
  }
}
