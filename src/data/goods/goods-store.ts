/**
 * Validated goods items in columns: a few strings and typed arrays per chunk of rows instead of an object
 * (and its arrays and strings) per item. The dataset worker packs the goods this way and the page keeps
 * them so: 100,000 items received as objects all survived on the page's young heap, and every scavenge
 * of the garbage collector copied them (40–70 ms pauses while a file opened; 50–300 ms at a million).
 * A column of text is one string and a column of numbers one buffer, which the collector never copies
 * item by item. An item is rebuilt, exactly as validation gave it, only when it is read.
 */
// Values from vocabulary.ts, types only from validate/schema.ts: localize.ts imports this module at start-up, and
// validate/schema.ts would bring zod (~25 kB gzip) into the first screen's bundle with it.
import type { LocalText, RawGoodsItem } from '@/data/validate/schema'
import { CONFIDENCES } from '@/data/vocabulary'

/** Items per chunk: a chunk is one message from the worker, received in a few ms. */
export const GOODS_CHUNK_ROWS = 20_000

/** One text per row, joined: row k is text.slice(ends[k - 1] ?? 0, ends[k]). */
export interface TextColumn {
  text: string
  ends: Int32Array
}

/** What a row's flags say (bits). */
const HAS_NAME = 1
const HAS_NAME_JA = 2
const UNIDENTIFIED = 4
const HAS_NOTE = 8
const HAS_NOTE_EN = 16
const HAS_NOTE_JA = 32

/** Up to GOODS_CHUNK_ROWS items. Values that repeat (measures, dates, categories, sources) are tables. */
export interface GoodsChunk {
  size: number
  ids: TextColumn
  names: TextColumn
  namesJa: TextColumn
  /** A row's HS codes joined by spaces (a code has none). */
  hsCodes: TextColumn
  notesEn: TextColumn
  notesJa: TextColumn
  flags: Uint8Array
  /** NaN for null. */
  itemCounts: Float64Array
  confidenceOf: Uint8Array
  measureOf: Int32Array
  measureIds: string[]
  dateOf: Int32Array
  dates: string[]
  categoryOf: Int32Array
  categories: Array<[category: string, categoryJa: string | null]>
  sourcesOf: Int32Array
  sourceLists: string[][]
}

class TextColumnWriter {
  private readonly parts: string[] = []
  private readonly ends: Int32Array
  private length = 0
  constructor(size: number) {
    this.ends = new Int32Array(size)
  }
  add(k: number, text: string): void {
    this.parts.push(text)
    this.length += text.length
    this.ends[k] = this.length
  }
  done(): TextColumn {
    return { text: this.parts.join(''), ends: this.ends }
  }
}

/** Positions of values in a table of the distinct ones, by a string key. */
class Table<T> {
  readonly values: T[] = []
  private readonly at = new Map<string, number>()
  private readonly key: (value: T) => string
  constructor(key: (value: T) => string) {
    this.key = key
  }
  add(value: T): number {
    const key = this.key(value)
    let k = this.at.get(key)
    if (k === undefined) {
      k = this.values.length
      this.values.push(value)
      this.at.set(key, k)
    }
    return k
  }
}

/** In the worker: items [from, to) of a validated goods list as one chunk, and the buffers to transfer. */
export function packGoods(
  goods: readonly RawGoodsItem[],
  from: number,
  to: number,
): { chunk: GoodsChunk; transfer: ArrayBuffer[] } {
  const size = to - from
  const [ids, names, namesJa, hsCodes, notesEn, notesJa] = Array.from(
    { length: 6 },
    () => new TextColumnWriter(size),
  ) as [
    TextColumnWriter,
    TextColumnWriter,
    TextColumnWriter,
    TextColumnWriter,
    TextColumnWriter,
    TextColumnWriter,
  ]
  const flags = new Uint8Array(size)
  const itemCounts = new Float64Array(size)
  const confidenceOf = new Uint8Array(size)
  const measureOf = new Int32Array(size)
  const dateOf = new Int32Array(size)
  const categoryOf = new Int32Array(size)
  const sourcesOf = new Int32Array(size)
  const measures = new Table<string>((id) => id)
  const dates = new Table<string>((d) => d)
  const categories = new Table<[string, string | null]>(([en, ja]) => `${en}\u0000${ja ?? '\u0001'}`)
  const sources = new Table<string[]>((ids) => ids.join('\u0000'))
  for (let k = 0; k < size; k++) {
    const g = goods[from + k] as RawGoodsItem
    ids.add(k, g.id)
    names.add(k, g.name ?? '')
    namesJa.add(k, g.nameJa ?? '')
    hsCodes.add(k, g.hsCodes.join(' '))
    notesEn.add(k, g.note?.en ?? '')
    notesJa.add(k, g.note?.ja ?? '')
    flags[k] =
      (g.name === null ? 0 : HAS_NAME) |
      (g.nameJa === null ? 0 : HAS_NAME_JA) |
      (g.unidentified ? UNIDENTIFIED : 0) |
      (g.note === undefined ? 0 : HAS_NOTE) |
      ((g.note?.en ?? null) === null ? 0 : HAS_NOTE_EN) |
      ((g.note?.ja ?? null) === null ? 0 : HAS_NOTE_JA)
    itemCounts[k] = g.itemCount ?? NaN
    confidenceOf[k] = CONFIDENCES.indexOf(g.confidence)
    measureOf[k] = measures.add(g.measureId)
    dateOf[k] = dates.add(g.effective)
    categoryOf[k] = categories.add([g.category, g.categoryJa])
    sourcesOf[k] = sources.add(g.sourceIds)
  }
  const columns = [ids, names, namesJa, hsCodes, notesEn, notesJa].map((c) => c.done())
  const [idCol, nameCol, nameJaCol, hsCol, noteEnCol, noteJaCol] = columns as [
    TextColumn,
    TextColumn,
    TextColumn,
    TextColumn,
    TextColumn,
    TextColumn,
  ]
  const chunk: GoodsChunk = {
    size,
    ids: idCol,
    names: nameCol,
    namesJa: nameJaCol,
    hsCodes: hsCol,
    notesEn: noteEnCol,
    notesJa: noteJaCol,
    flags,
    itemCounts,
    confidenceOf,
    measureOf,
    measureIds: measures.values,
    dateOf,
    dates: dates.values,
    categoryOf,
    categories: categories.values,
    sourcesOf,
    sourceLists: sources.values,
  }
  const buffers = [
    ...columns.map((c) => c.ends.buffer),
    flags.buffer,
    itemCounts.buffer,
    confidenceOf.buffer,
    measureOf.buffer,
    dateOf.buffer,
    categoryOf.buffer,
    sourcesOf.buffer,
  ]
  return { chunk, transfer: buffers.filter((b): b is ArrayBuffer => b instanceof ArrayBuffer) }
}

function textAt(column: TextColumn, k: number): string {
  return column.text.slice(k === 0 ? 0 : (column.ends[k - 1] as number), column.ends[k])
}

/** One field of item k of a chunk, read without rebuilding the item. */
export type GoodsField<T> = (chunk: GoodsChunk, k: number) => T

/** Fields the goods list sorts by. */
export const GOODS_FIELDS = {
  name: (c, k) => (((c.flags[k] as number) & HAS_NAME) === 0 ? null : textAt(c.names, k)),
  category: (c, k) => (c.categories[c.categoryOf[k] as number] as [string, string | null])[0],
  measureId: (c, k) => c.measureIds[c.measureOf[k] as number] as string,
  effective: (c, k) => c.dates[c.dateOf[k] as number] as string,
  firstHsCode: (c, k) => {
    const codes = textAt(c.hsCodes, k)
    return codes === '' ? null : (codes.split(' ', 1)[0] as string)
  },
  /** Shared between items citing the same sources: read-only. */
  sourceIds: (c, k) => c.sourceLists[c.sourcesOf[k] as number] as readonly string[],
} satisfies Record<string, GoodsField<unknown>>

/** On the page: goods items kept in chunks, each rebuilt when it is read. */
export class GoodsStore {
  private readonly chunks: GoodsChunk[] = []
  /** Where each chunk's items start in the list. */
  private readonly starts: number[] = []
  length = 0

  /** Appends a chunk (items length … length + chunk.size - 1). */
  add(chunk: GoodsChunk): void {
    this.chunks.push(chunk)
    this.starts.push(this.length)
    this.length += chunk.size
  }

  private locate(i: number): [GoodsChunk, number] {
    if (!(i >= 0 && i < this.length)) throw new RangeError(`no goods item ${i}`)
    // Chunks are GOODS_CHUNK_ROWS long as the worker sends them; the search below needs no such thing.
    let c = Math.min(Math.floor(i / GOODS_CHUNK_ROWS), this.chunks.length - 1)
    while ((this.starts[c] as number) > i) c--
    while (c + 1 < this.starts.length && (this.starts[c + 1] as number) <= i) c++
    return [this.chunks[c] as GoodsChunk, i - (this.starts[c] as number)]
  }

  /** Item i as validation gave it: the same fields, values and key order (a fresh object each time). */
  item(i: number): RawGoodsItem {
    const [c, k] = this.locate(i)
    const flags = c.flags[k] as number
    const hs = textAt(c.hsCodes, k)
    const count = c.itemCounts[k] as number
    const note: LocalText | undefined =
      (flags & HAS_NOTE) === 0
        ? undefined
        : {
            en: (flags & HAS_NOTE_EN) === 0 ? null : textAt(c.notesEn, k),
            ja: (flags & HAS_NOTE_JA) === 0 ? null : textAt(c.notesJa, k),
          }
    const [category, categoryJa] = c.categories[c.categoryOf[k] as number] as [string, string | null]
    return {
      id: textAt(c.ids, k),
      name: (flags & HAS_NAME) === 0 ? null : textAt(c.names, k),
      nameJa: (flags & HAS_NAME_JA) === 0 ? null : textAt(c.namesJa, k),
      measureId: c.measureIds[c.measureOf[k] as number] as string,
      effective: c.dates[c.dateOf[k] as number] as string,
      hsCodes: hs === '' ? [] : hs.split(' '),
      itemCount: Number.isNaN(count) ? null : count,
      unidentified: (flags & UNIDENTIFIED) !== 0,
      ...(note === undefined ? {} : { note }),
      sourceIds: (c.sourceLists[c.sourcesOf[k] as number] as string[]).slice(),
      confidence: CONFIDENCES[c.confidenceOf[k] as number] as RawGoodsItem['confidence'],
      category,
      categoryJa,
    }
  }

  /** One field of every item, in order. */
  values<T>(field: GoodsField<T>): T[] {
    const out = new Array<T>(this.length)
    let i = 0
    for (const chunk of this.chunks) for (let k = 0; k < chunk.size; k++) out[i++] = field(chunk, k)
    return out
  }

  /** Whether any item has a note (the only goods text that can be in two languages). */
  hasNotes(): boolean {
    return this.chunks.some((c) => c.flags.some((f) => (f & HAS_NOTE) !== 0))
  }

  /** Every item as an object: for the rare reader of the whole list (a CSV merge, a consistency check). */
  items(): RawGoodsItem[] {
    return Array.from({ length: this.length }, (_, i) => this.item(i))
  }
}

/** The store behind a dataset's goods list, for datasets that keep their goods in one. */
const stores = new WeakMap<object, GoodsStore>()

/**
 * Gives `dataset` a goods list read from the store: the list of objects is built the first time
 * something reads `dataset.goods`, which the page's own paths (the goods index, localizing) avoid.
 */
export function defineStoredGoods<T extends object>(
  dataset: T,
  store: GoodsStore,
  items: () => readonly unknown[] = () => store.items(),
): T {
  let built: readonly unknown[] | null = null
  Object.defineProperty(dataset, 'goods', {
    enumerable: true,
    configurable: true,
    get: () => (built ??= items()),
  })
  stores.set(dataset, store)
  return dataset
}

/** The store a dataset's goods are read from, or null when they are a plain list. */
export function storedGoodsOf(dataset: object): GoodsStore | null {
  return stores.get(dataset) ?? null
}
