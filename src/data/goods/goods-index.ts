/**
 * Goods joined with their measures into display rows, and the search index built once per dataset: what
 * the page needs before the goods panel loads (the dataset worker's index is adopted here as its records
 * arrive). The filter and sort pipeline that runs on every keystroke is in goods-query.ts, which only the
 * goods panel's lazily loaded code imports.
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
} from '@/data/validate/schema'
import type { Locale } from '@/lib/i18n/locales'
import { pickText, type PickedText } from '@/lib/i18n/pick-text'
import { foldText } from '@/lib/normalize-text'

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
  /** The item's note in English and in Japanese; null where the note has no text in that language. */
  noteEn: string | null
  noteJa: string | null
}

/** A row's note in the reader's language, or in the other one where it has none (marked as such). */
export function rowNote(row: GoodsRow, locale: Locale): PickedText | null {
  return pickText({ en: row.noteEn, ja: row.noteJa }, locale)
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
    noteEn: typeof g.note === 'object' ? g.note.en : (g.note ?? null),
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
export const SEPARATORS = /[\u0001\u0002]/g

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

export const GOODS_SORT_KEYS = ['name', 'category', 'measure', 'effective', 'hs', 'source'] as const
export type GoodsSortKey = (typeof GOODS_SORT_KEYS)[number]
export interface GoodsSort {
  key: GoodsSortKey
  dir: 'asc' | 'desc'
}

/** The goods list's order until the user sorts (the view state's default; the worker presorts it). */
export const DEFAULT_GOODS_SORT: GoodsSort = { key: 'effective', dir: 'asc' }

/** Where a sort's order is kept in sortOrders. */
export function sortCacheKey(sort: GoodsSort): string {
  return `${sort.key}:${sort.dir}`
}

/** The 'measure' sort value of a measure's rows (as sortValue in goods-query.ts gives it). */
export function measureSortValue(m: Measure | RawMeasure): string {
  return `${m.announced} ${keyText(m.title)}`
}

export interface GoodsFacets {
  categories: Array<[string, number]>
  /** Each category's Japanese name (the first row that gives one), for labels in Japanese. */
  categoryJa: Map<string, string | null>
  tranches: Array<{ id: string; label: string; announced: string; count: number }>
}

/**
 * Row orders per index and sort, and facets per rows: caches that goods-query.ts fills and reads. They are
 * here so that adopting the worker's index can put its precomputed order and facets in them without
 * loading the query code.
 */
export const sortOrders = new WeakMap<GoodsIndex, Map<string, Int32Array>>()
export const facetsByRows = new WeakMap<GoodsRows, GoodsFacets>()

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
 * On the page: the dataset's index from rows built as the records arrived and the parts from the
 * worker; indexDataset(dataset) then returns it at once. Returns false (and keeps nothing) if the rows
 * do not match the parts, so the index is built the ordinary way.
 */
export function adoptGoodsIndex(dataset: BilingualDataset, rows: GoodsRows, parts: GoodsIndexParts): boolean {
  if (parts.search.starts.length !== rows.length + 1) return false
  if (parts.search.blobs.length !== Math.ceil(rows.length / BLOB_ROWS)) return false
  const index: GoodsIndex = { rows, ...parts.search }
  const byKey = new Map<string, Int32Array>()
  for (const [sort, order] of parts.orders) byKey.set(sortCacheKey(sort), order)
  sortOrders.set(index, byKey)
  facetsByRows.set(rows, parts.facets)
  indexes.set(dataset, index)
  return true
}
