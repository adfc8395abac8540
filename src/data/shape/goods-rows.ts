/**
 * Goods joined with their measures into display rows, a search index built once per dataset,
 * and the pure filter/sort pipeline the goods explorer runs on every keystroke.
 */
import { originalOf } from '@/data/localize'
import type {
  BilingualDataset,
  Dataset,
  GoodsItem,
  LocalText,
  Measure,
  MeasureType,
  RawGoodsItem,
  RawMeasure,
  RawSource,
  Source,
} from '@/data/schema'
import { inDateRange, NO_FILTER, typeSelected, type MeasureFilter } from '@/data/shape/filter'
import { charRowsSteps, rowsWithChar, unpackRows } from '@/data/shape/goods-char-rows'
import type { Locale } from '@/lib/i18n/locales'
import { foldText, queryTerms } from '@/lib/normalize-text'

export interface GoodsRow {
  id: string
  /** null for an item no source names. */
  name: string | null
  nameJa: string | null
  /** The category's key (its English name where it has one), and its Japanese name. */
  category: string
  categoryJa: string | null
  unidentified: boolean
  itemCount: number | null
  effective: string
  hsCodes: string[]
  measureId: string
  /**
   * Texts of the measure, sources and note in one language (English where there is one): the keys sort and
   * language-free code use. The page shows them in the reader's language (GoodsTexts).
   */
  measureTitle: string
  measureType: MeasureType
  announced: string
  sourceIds: string[]
  /** The cited sources, in citation order. */
  citations: Array<{ id: string; publisher: string; url: string }>
  publishers: string
  sourceUrls: string[]
  confidence: GoodsItem['confidence']
  /** The item's note: its English text where it has one (as the other texts), else its Japanese. */
  note: string | null
  /** The Japanese text of a note given in both languages (or only in Japanese); null otherwise. */
  noteJa: string | null
}

/** A row's note in the reader's language, or in the other one where it has none. */
export function rowNote(row: GoodsRow, locale: Locale): string | null {
  return locale === 'ja' ? (row.noteJa ?? row.note) : row.note
}

/**
 * What an unnamed item is called, in both languages, so a search in either finds it. The display
 * words come from the catalogue (goods.unidentified); a test keeps the two in step.
 */
export const UNIDENTIFIED_SEARCH_TEXT = [
  'not identified in published sources',
  '公表資料では特定されていない品目',
]

/** A dataset text as one string: English where there is one (rows are built from either form of a record). */
function keyText(text: string | LocalText): string
function keyText(text: string | LocalText | undefined): string | null
function keyText(text: string | LocalText | undefined): string | null {
  if (text === undefined) return null
  return typeof text === 'string' ? text : (text.en ?? text.ja ?? '')
}

/** The citation fields of a row, which depend only on its source ids. */
type Cited = Pick<GoodsRow, 'citations' | 'publishers' | 'sourceUrls'>

/**
 * Resolves sources for toGoodsRow. Rows citing the same sources share one set of citation fields
 * (rows are read-only): most goods cite the same few sources, and building these arrays per row was
 * most of the cost of making 100,000 rows.
 */
export class SourceLookup {
  private readonly byId: ReadonlyMap<string, Source | RawSource>
  private readonly cited = new Map<string, Cited>()
  constructor(sources: ReadonlyArray<Source | RawSource>) {
    this.byId = new Map(sources.map((s) => [s.id, s]))
  }
  citedBy(sourceIds: readonly string[]): Cited {
    const key = sourceIds.join('\u0001')
    let found = this.cited.get(key)
    if (found === undefined) {
      const cited = sourceIds.flatMap((id) => {
        const s = this.byId.get(id)
        return s === undefined ? [] : [s]
      })
      found = {
        citations: cited.map((c) => ({ id: c.id, publisher: keyText(c.publisher), url: c.url })),
        publishers: [...new Set(cited.map((s) => keyText(s.publisher)))].join(', '),
        sourceUrls: cited.map((s) => s.url),
      }
      this.cited.set(key, found)
    }
    return found
  }
}

/** The display row of one goods item and its measure. */
export function toGoodsRow(
  g: GoodsItem | RawGoodsItem,
  m: Measure | RawMeasure,
  sources: SourceLookup,
): GoodsRow {
  const { citations, publishers, sourceUrls } = sources.citedBy(g.sourceIds)
  return {
    id: g.id,
    name: g.name,
    nameJa: g.nameJa,
    category: g.category,
    categoryJa: g.categoryJa,
    unidentified: g.unidentified,
    itemCount: g.itemCount,
    effective: g.effective,
    hsCodes: g.hsCodes,
    measureId: m.id,
    measureTitle: keyText(m.title),
    measureType: m.type,
    announced: m.announced,
    sourceIds: g.sourceIds,
    citations,
    publishers,
    sourceUrls,
    confidence: g.confidence,
    note: keyText(g.note),
    noteJa: typeof g.note === 'object' ? g.note.ja : null,
  }
}

/** Display rows of the goods whose measure is known, in the goods' order. */
export function toGoodsRows(
  goods: ReadonlyArray<GoodsItem | RawGoodsItem>,
  measures: ReadonlyArray<Measure | RawMeasure>,
  sources: ReadonlyArray<Source | RawSource>,
): GoodsRow[] {
  const measureById = new Map<string, Measure | RawMeasure>(measures.map((m) => [m.id, m]))
  const lookup = new SourceLookup(sources)
  const rows: GoodsRow[] = []
  for (const g of goods) {
    const m = measureById.get(g.measureId)
    if (m !== undefined) rows.push(toGoodsRow(g, m, lookup))
  }
  return rows
}

/**
 * The rows of an index, read one at a time: a plain array, or rows built from a GoodsStore as they are
 * read (see stored-goods-rows.ts).
 */
export interface GoodsRows {
  readonly length: number
  at(i: number): GoodsRow | undefined
  /** Every row's sort value for a key (sortValue's), where rows can give it without being built. */
  sortValues?(key: GoodsSortKey): Array<string | null>
}

export interface GoodsIndex extends GoodsSearch {
  rows: GoodsRows
}

/**
 * The search structures of a GoodsIndex, everything but its rows: what the dataset worker builds and
 * hands over (the typed arrays are transferred, not copied).
 */
export interface GoodsSearch {
  /**
   * The folded search text of every row (names in both languages, category, HS codes with and without
   * dots), rows separated by ROW_SEPARATOR, so that a native indexOf scans many rows at once. Piece p
   * holds rows p × BLOB_ROWS onwards: one string of a million rows (tens of MB) took the page 125 ms
   * to receive from the worker in one message.
   */
  blobs: string[]
  /**
   * Where each row's haystack starts in the pieces joined by ROW_SEPARATOR (piece p starts at
   * starts[p × BLOB_ROWS]); starts[n] is the joined length plus one.
   */
  starts: Int32Array
  /** Per row, the position of its measure in measureIds and of its category in categoryNames. */
  measureOf: Int32Array
  measureIds: string[]
  /** The type of each measure in measureIds. */
  measureTypes: MeasureType[]
  categoryOf: Int32Array
  categoryNames: string[]
  /** Per row, the position of its effective date in dates (a date filter is decided once per date). */
  dateOf: Int32Array
  dates: string[]
}

/** Rows per piece of the search text: a piece of 20,000 rows is a few MB. */
export const BLOB_ROWS = 20_000
const FIELD_SEPARATOR = '\u0001'
const ROW_SEPARATOR = '\u0002'
// The separators are control characters on purpose: no dataset text or typed search uses them.
// eslint-disable-next-line no-control-regex
const SEPARATORS = /[\u0001\u0002]/g

function positions(values: readonly string[]): { of: Int32Array; names: string[] } {
  const at = new Map<string, number>()
  const of = new Int32Array(values.length)
  values.forEach((v, i) => {
    let k = at.get(v)
    if (k === undefined) {
      k = at.size
      at.set(v, k)
    }
    of[i] = k
  })
  return { of, names: [...at.keys()] }
}

/** Folded search text of a row: names in both languages, category, HS codes with and without dots. */
function haystack(r: GoodsRow): string {
  return foldText(
    [
      ...(r.name === null && r.nameJa === null ? UNIDENTIFIED_SEARCH_TEXT : [r.name ?? '']),
      r.nameJa ?? '',
      r.category,
      r.categoryJa ?? '',
      ...r.hsCodes,
      ...r.hsCodes.map((c) => c.replaceAll('.', '')),
    ]
      .map((f) => f.replace(SEPARATORS, ' '))
      .join(FIELD_SEPARATOR),
  )
}

export function buildGoodsIndex(rows: GoodsRow[]): GoodsIndex {
  const haystacks = rows.map(haystack)
  const starts = new Int32Array(rows.length + 1)
  let offset = 0
  haystacks.forEach((h, i) => {
    starts[i] = offset
    offset += h.length + 1
  })
  starts[rows.length] = offset
  const measures = positions(rows.map((r) => r.measureId))
  const categories = positions(rows.map((r) => r.category))
  const dates = positions(rows.map((r) => r.effective))
  const typeOf = new Map(rows.map((r) => [r.measureId, r.measureType]))
  return {
    rows,
    blobs: Array.from({ length: Math.ceil(rows.length / BLOB_ROWS) }, (_, p) =>
      haystacks.slice(p * BLOB_ROWS, (p + 1) * BLOB_ROWS).join(ROW_SEPARATOR),
    ),
    starts,
    measureOf: measures.of,
    measureIds: measures.names,
    measureTypes: measures.names.map((id) => typeOf.get(id) as MeasureType),
    categoryOf: categories.of,
    categoryNames: categories.names,
    dateOf: dates.of,
    dates: dates.names,
  }
}

/** Indexes built ahead (in the dataset worker) for the dataset they belong to. */
const indexes = new WeakMap<object, GoodsIndex>()

/**
 * The goods index of a dataset: the one handed over by the dataset worker, or else built here once. The
 * index does not depend on the language: a dataset in the reader's language shares its original's.
 */
export function indexDataset(dataset: Dataset | BilingualDataset): GoodsIndex {
  const key = originalOf(dataset) ?? dataset
  let index = indexes.get(key)
  if (index === undefined) {
    // From the dataset in both languages, so that rows carry both texts of a note.
    const { goods, measures, sources } = key as Dataset | BilingualDataset
    index = buildGoodsIndex(toGoodsRows(goods, measures, sources))
    indexes.set(key, index)
  }
  return index
}

/**
 * What the dataset worker hands over besides the records: the search structures, the row order of the
 * default sort and the facets, all computed there so that the page never does it in one long task.
 */
export interface GoodsIndexParts {
  search: GoodsSearch
  orders: Array<[sort: GoodsSort, order: Int32Array]>
  facets: GoodsFacets
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

/**
 * On the page: the dataset's index from rows built as the records arrived and the parts from the
 * worker; indexDataset(dataset) then returns it at once. Returns false (and keeps nothing) if the rows
 * do not match the parts, so the index is built the ordinary way.
 */
export function adoptGoodsIndex(dataset: BilingualDataset, rows: GoodsRows, parts: GoodsIndexParts): boolean {
  if (parts.search.starts.length !== rows.length + 1) return false
  if (parts.search.blobs.length !== Math.ceil(rows.length / BLOB_ROWS)) return false
  const index: GoodsIndex = { rows, ...parts.search }
  const byKey = new Map<string, Int32Array>()
  for (const [sort, order] of parts.orders) byKey.set(`${sort.key}:${sort.dir}`, order)
  orders.set(index, byKey)
  facetsByRows.set(rows, parts.facets)
  indexes.set(dataset, index)
  return true
}

export const GOODS_SORT_KEYS = ['name', 'category', 'measure', 'effective', 'hs', 'source'] as const
export type GoodsSortKey = (typeof GOODS_SORT_KEYS)[number]
export interface GoodsSort {
  key: GoodsSortKey
  dir: 'asc' | 'desc'
}

/** The goods list's order until the user sorts (the view state's default; the worker presorts it). */
export const DEFAULT_GOODS_SORT: GoodsSort = { key: 'effective', dir: 'asc' }

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

/** The 'measure' sort value of the rows of a measure (as sortValue gives it), from the measure. */
export function measureSortValue(m: Measure | RawMeasure): string {
  return `${m.announced} ${keyText(m.title)}`
}

const orders = new WeakMap<GoodsIndex, Map<string, Int32Array>>()

/**
 * Row order for a sort, computed once per index and sort (sorting 100,000 rows on every keystroke
 * would blow the frame budget; filtering a presorted order does not).
 */
export function sortedOrder(index: GoodsIndex, sort: GoodsSort): Int32Array {
  const cacheKey = `${sort.key}:${sort.dir}`
  let byKey = orders.get(index)
  if (byKey === undefined) {
    byKey = new Map()
    orders.set(index, byKey)
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

export interface GoodsFacets {
  categories: Array<[string, number]>
  /** Each category's Japanese name (the first row that gives one), for labels in Japanese. */
  categoryJa: Map<string, string | null>
  tranches: Array<{ id: string; label: string; announced: string; count: number }>
}

const facetsByRows = new WeakMap<GoodsRows, GoodsFacets>()

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
