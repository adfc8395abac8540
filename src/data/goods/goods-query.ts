/**
 * The pure filter and sort pipeline the goods explorer runs on every keystroke, its idle warm-ups, the
 * facets for the filter controls, and what the dataset worker computes of all that for the page
 * (goodsIndexParts). The rows and the index they search are built in goods-index.ts.
 */
import type { MeasureType } from '@/data/validate/schema'
import { inDateRange, NO_FILTER, typeSelected, type MeasureFilter } from '@/data/shape/filter'
import { charRowsSteps, rowsWithChar, unpackRows } from '@/data/goods/goods-char-rows'
import {
  BLOB_ROWS,
  DEFAULT_GOODS_SORT,
  facetsByRows,
  SEPARATORS,
  sortCacheKey,
  sortOrders,
  type GoodsFacets,
  type GoodsIndex,
  type GoodsIndexParts,
  type GoodsRow,
  type GoodsRows,
  type GoodsSort,
  type GoodsSortKey,
} from '@/data/goods/goods-index'
import { foldText, queryTerms } from '@/lib/normalize-text'

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

/**
 * Row order for a sort, computed once per index and sort (sorting 100,000 rows on every keystroke
 * would blow the frame budget; filtering a presorted order does not).
 */
export function sortedOrder(index: GoodsIndex, sort: GoodsSort): Int32Array {
  const cacheKey = sortCacheKey(sort)
  let byKey = sortOrders.get(index)
  if (byKey === undefined) {
    byKey = new Map()
    sortOrders.set(index, byKey)
  }
  const cached = byKey.get(cacheKey)
  if (cached !== undefined) return cached
  const { rows } = index
  let values = rows.sortValues?.(sort.key)
  if (values === undefined) {
    values = new Array<string | null>(rows.length)
    for (let i = 0; i < rows.length; i++) values[i] = sortValue(rows.at(i) as GoodsRow, sort.key)
  }
  const order = rankSort(values, sort.dir)
  byKey.set(cacheKey, order)
  return order
}

/**
 * Row positions ordered by their values with the collator, equal values in row order, nulls last in
 * both directions. The distinct values are sorted once and each row gets its value's rank, then a
 * counting sort places the rows: a column with few distinct values (dates, categories, tranches)
 * sorts 100,000 rows in a few ms instead of 1.7 million collator comparisons.
 */
function rankSort(values: ReadonlyArray<string | null>, dir: GoodsSort['dir']): Int32Array {
  const distinct = [...new Set(values)].filter((v): v is string => v !== null).sort(collator.compare)
  const rankOf = new Map<string, number>()
  let rank = -1
  distinct.forEach((v, k) => {
    if (k === 0 || collator.compare(distinct[k - 1] as string, v) !== 0) rank++
    rankOf.set(v, rank)
  })
  const ranks = rank + 1
  const keys = new Int32Array(values.length)
  const counts = new Int32Array(ranks + 2)
  values.forEach((v, i) => {
    const r =
      v === null ? ranks : dir === 'asc' ? (rankOf.get(v) as number) : ranks - 1 - (rankOf.get(v) as number)
    keys[i] = r
    counts[r + 1] = (counts[r + 1] as number) + 1
  })
  for (let r = 1; r < counts.length; r++) counts[r] = (counts[r] as number) + (counts[r - 1] as number)
  const order = new Int32Array(values.length)
  for (let i = 0; i < values.length; i++) {
    const r = keys[i] as number
    order[counts[r] as number] = i
    counts[r] = (counts[r] as number) + 1
  }
  return order
}

interface LastQuery {
  /** Everything but the search text. */
  key: string
  search: string
  result: Int32Array
}
const lastQueries = new WeakMap<GoodsIndex, LastQuery>()

function filtersKey(q: GoodsQuery): string {
  return JSON.stringify([q.categories, q.tranche, q.page, q.sort])
}

/**
 * Indices into index.rows of the rows that pass every filter, in display order (read-only: it may be
 * the cached sort order itself). Typing more of a search only narrows it, so a search that extends the
 * previous one (same filters) scans the previous result instead of every row: after the first
 * keystroke, 100,000 rows cost little. Typed arrays throughout: a plain array of 100,000 numbers costs
 * the garbage collector far more than the scan itself.
 */
export function queryGoods(index: GoodsIndex, q: GoodsQuery): Int32Array {
  const folded = foldText(q.search).trimStart()
  const key = filtersKey(q)
  const last = lastQueries.get(index)
  // Each term of the previous search is part of a term of this one (the text only grew), so every row
  // this one finds, the previous one found.
  const narrows = last !== undefined && last.key === key && folded.startsWith(last.search)
  // The previous result already passed the filters and holds the previous terms: only new terms are
  // checked ("pump 1" after "pump " looks for "1" in the pumps).
  const result = narrows
    ? scan(index, last.result, q, new Set(queryTerms(last.search.replace(SEPARATORS, ' '))))
    : scan(index, sortedOrder(index, q.sort), q, null)
  lastQueries.set(index, { key, search: folded, result })
  return result
}

/** Rows over which the warm-up runs the wide pass; over more, it would be a long task itself (78 ms at a million). */
const WARM_WIDE_ROWS = 200_000

/**
 * Steps for idle time (run them with whenIdleSteps): they build the one-character row sets
 * (goods-char-rows.ts), then run warm-up searches that keep nothing, so that the user's first keystroke
 * runs optimised code and finds the scratch buffers allocated. On a fresh page the first search over
 * 100,000 rows took 13 ms of script, a later one 3–5 ms. Each search step runs a wide search and one
 * narrowing it, for one- and two-character terms. One wide search per path was not enough: V8 compiled
 * the text scan for its inner loop alone (on-stack replacement), and the first keystroke then left that
 * code at each match (--trace-deopt: "exit from OSR'd inner loop"); further calls compile it whole.
 * Over a larger index the wide pass runs on the first 2,000 rows (the row-by-row path; the native scan
 * of the search text stays cold).
 */
export function goodsSearchWarmUps(index: GoodsIndex): Array<() => void> {
  const q: GoodsQuery = {
    search: '',
    categories: null,
    tranche: null,
    page: NO_FILTER,
    sort: DEFAULT_GOODS_SORT,
  }
  const step = (term: string) => () => {
    const order = sortedOrder(index, q.sort)
    const over = index.rows.length <= WARM_WIDE_ROWS ? order : order.subarray(0, 2000)
    const wide = scan(index, over, { ...q, search: term }, null)
    scan(index, wide, { ...q, search: `${term} 1` }, new Set([term]))
  }
  // The one-character sets first, so that the one-character searches warm the path that uses them.
  return [...charRowsSteps(index), step('e'), step('an'), step('o'), step('er')]
}

/**
 * Per index, scratch buffers the filter pass reuses on every keystroke: allocating 100,000-element
 * arrays per keystroke kept the garbage collector marking while the user typed.
 */
const scratches = new WeakMap<GoodsIndex, { hits: Uint8Array; out: Int32Array }>()

function scratchOf(index: GoodsIndex): { hits: Uint8Array; out: Int32Array } {
  let scratch = scratches.get(index)
  if (scratch === undefined) {
    scratch = { hits: new Uint8Array(index.rows.length), out: new Int32Array(index.rows.length) }
    scratches.set(index, scratch)
  }
  return scratch
}

/**
 * Marks in `hits` (cleared first) the rows whose haystack holds the term, with one native indexOf per
 * matching row over the search text.
 */
function markRowsContaining(index: GoodsIndex, term: string, hits: Uint8Array): void {
  const { blobs, starts } = index
  hits.fill(0)
  let row = 0
  for (let p = 0; p < blobs.length; p++) {
    const blob = blobs[p] as string
    const base = starts[p * BLOB_ROWS] as number
    let at = blob.indexOf(term)
    while (at !== -1) {
      while ((starts[row + 1] as number) <= base + at) row++
      // A match can't span two rows: terms never contain the separator (see scan).
      hits[row] = 1
      at = blob.indexOf(term, (starts[row + 1] as number) - base)
    }
  }
}

/**
 * Whether row i's haystack holds the term, looked for within the row only (an indexOf from the row's
 * start would run on through the rest of the blob when the row lacks the term) and without copying the
 * haystack out.
 */
function rowContains(index: GoodsIndex, i: number, term: string): boolean {
  const { starts } = index
  const p = Math.floor(i / BLOB_ROWS)
  const blob = index.blobs[p] as string
  const base = starts[p * BLOB_ROWS] as number
  const first = term.charCodeAt(0)
  const last = (starts[i + 1] as number) - 1 - term.length - base
  for (let at = (starts[i] as number) - base; at <= last; at++)
    if (blob.charCodeAt(at) === first && blob.startsWith(term, at)) return true
  return false
}

/**
 * The filter pass. Measure and category filters are decided once per measure and category (typed
 * arrays, no per-row string lookups); a search over most rows scans the blob natively, a search over
 * a narrowed set checks each candidate's haystack.
 */
function scan(
  index: GoodsIndex,
  candidates: Int32Array,
  q: GoodsQuery,
  /** When candidates are a previous result of the same filters: the terms its rows all hold. */
  held: ReadonlySet<string> | null,
): Int32Array {
  // A separator typed or pasted into the search must not let a match span two rows.
  const terms = queryTerms(q.search.replace(SEPARATORS, ' ')).filter((t) => held?.has(t) !== true)
  const { rows, measureOf, categoryOf, dateOf, measureTypes } = index
  const measureOk = Uint8Array.from(index.measureIds, (id, k) =>
    typeSelected(measureTypes[k] as MeasureType, q.page) && (q.tranche === null || id === q.tranche) ? 1 : 0,
  )
  const wanted = q.categories === null ? null : new Set(q.categories)
  const categoryOk = Uint8Array.from(index.categoryNames, (c) => (wanted === null || wanted.has(c) ? 1 : 0))
  const dated = held === null && (q.page.from !== null || q.page.to !== null)
  const dateOk = dated ? Uint8Array.from(index.dates, (d) => (inDateRange(d, q.page) ? 1 : 0)) : null
  const byRecord = held === null && (measureOk.includes(0) || categoryOk.includes(0))
  if (terms.length === 0 && !dated && !byRecord) return candidates
  // Over more than a few thousand rows, the first term is found by scanning the blob natively (1–2 ms
  // at 100,000 rows); over fewer (a search that extends the last one), each candidate's haystack is
  // checked in place, at ~0.7 µs a row.
  const useBlob = terms.length > 0 && candidates.length > Math.max(2000, rows.length / 64)
  const { hits, out } = scratchOf(index)
  if (useBlob) {
    // A one-character term has its rows ready once the browser has been idle (goods-char-rows.ts).
    const set = rowsWithChar(index, terms[0] as string)
    if (set === null) markRowsContaining(index, terms[0] as string, hits)
    else unpackRows(set, hits)
  }
  const rest = useBlob ? terms.slice(1) : terms
  let n = 0
  for (let c = 0; c < candidates.length; c++) {
    const i = candidates[c] as number
    // The blob's hits first: they reject most rows, and the rest is skipped when no filter is set.
    if (useBlob && hits[i] === 0) continue
    if (byRecord && (measureOk[measureOf[i] as number] === 0 || categoryOk[categoryOf[i] as number] === 0))
      continue
    if (dateOk !== null && dateOk[dateOf[i] as number] === 0) continue
    let k = 0
    while (k < rest.length && rowContains(index, i, rest[k] as string)) k++
    if (k < rest.length) continue
    out[n++] = i
  }
  // A copy of exactly the matches: the result outlives this call (it is the next search's candidates).
  return out.slice(0, n)
}

/** Categories and tranches present in the rows, for the filter controls (computed once per rows). */
export function goodsFacets(rows: GoodsRows): GoodsFacets {
  const cached = facetsByRows.get(rows)
  if (cached !== undefined) return cached
  const facets = countFacets(rows)
  facetsByRows.set(rows, facets)
  return facets
}

function countFacets(rows: GoodsRows): GoodsFacets {
  const categories = new Map<string, number>()
  const categoryJa = new Map<string, string | null>()
  const tranches = new Map<string, { id: string; label: string; announced: string; count: number }>()
  for (let i = 0; i < rows.length; i++) {
    const r = rows.at(i) as GoodsRow
    categories.set(r.category, (categories.get(r.category) ?? 0) + 1)
    if ((categoryJa.get(r.category) ?? null) === null) categoryJa.set(r.category, r.categoryJa)
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
    categoryJa,
    tranches: [...tranches.values()].sort((a, b) =>
      a.announced < b.announced ? -1 : a.announced > b.announced ? 1 : 0,
    ),
  }
}

/**
 * In the worker: everything but the rows, with the default sort's order; `transfer` lists the buffers.
 * The pieces of search text go apart (`blobs`), a message each, and parts.search.blobs is left empty.
 */
export function goodsIndexParts(index: GoodsIndex): {
  parts: GoodsIndexParts
  blobs: string[]
  transfer: ArrayBuffer[]
} {
  const { rows, blobs, ...search } = index
  const order = sortedOrder(index, DEFAULT_GOODS_SORT)
  const parts = {
    search: { ...search, blobs: [] },
    orders: [[DEFAULT_GOODS_SORT, order]],
    facets: goodsFacets(rows),
  } satisfies GoodsIndexParts
  const buffers = [search.starts, search.measureOf, search.categoryOf, search.dateOf, order].map(
    (a) => a.buffer,
  )
  return { parts, blobs, transfer: buffers.filter((b): b is ArrayBuffer => b instanceof ArrayBuffer) }
}
