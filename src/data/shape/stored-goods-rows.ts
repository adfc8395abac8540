/**
 * The goods index's rows for goods kept in columns (goods-store.ts): each row is built when it is read,
 * so holding 100,000 goods costs the page no objects per item. The rows in view are kept, so that a row
 * still in view after a keystroke is the same object and its memoised table row is not rendered again.
 */
import type { GoodsStore } from '@/data/goods-store'
import type { RawMeasure, RawSource } from '@/data/schema'
import { SourceLookup, toGoodsRow, type GoodsRow, type GoodsRows } from '@/data/shape/goods-rows'

/** Rows kept for reuse; past this the cache starts again (a pass over every row, as a sort makes, included). */
const KEPT = 512

export class StoredGoodsRows implements GoodsRows {
  private readonly store: GoodsStore
  private readonly measures: ReadonlyMap<string, RawMeasure>
  private readonly sources: SourceLookup
  private kept = new Map<number, GoodsRow>()

  private constructor(
    store: GoodsStore,
    measures: ReadonlyMap<string, RawMeasure>,
    sources: readonly RawSource[],
  ) {
    this.store = store
    this.measures = measures
    this.sources = new SourceLookup(sources)
  }

  /**
   * Rows for the store. An item whose measure is missing has no row (toGoodsRows skips it), so these
   * rows match the worker's index only when there is none: adoptGoodsIndex compares the counts.
   */
  static of(
    store: GoodsStore,
    measures: readonly RawMeasure[],
    sources: readonly RawSource[],
  ): StoredGoodsRows {
    return new StoredGoodsRows(store, new Map(measures.map((m) => [m.id, m])), sources)
  }

  get length(): number {
    return this.store.length
  }

  at(i: number): GoodsRow | undefined {
    if (!Number.isInteger(i) || i < 0 || i >= this.store.length) return undefined
    let row = this.kept.get(i)
    if (row === undefined) {
      const item = this.store.item(i)
      const measure = this.measures.get(item.measureId)
      if (measure === undefined) return undefined
      row = toGoodsRow(item, measure, this.sources)
      if (this.kept.size >= KEPT) this.kept = new Map()
      this.kept.set(i, row)
    }
    return row
  }
}
