/**
 * The goods index's rows for goods kept in columns (goods/goods-store.ts): each row is built when it is read,
 * so holding 100,000 goods costs the page no objects per item. The rows in view are kept, so that a row
 * still in view after a keystroke is the same object and its memoised table row is not rendered again.
 */
import { GOODS_FIELDS, type GoodsStore } from '@/data/goods/goods-store'
import type { RawMeasure, RawSource } from '@/data/validate/schema'
import {
  measureSortValue,
  SourceLookup,
  toGoodsRow,
  type GoodsRow,
  type GoodsRows,
  type GoodsSortKey,
} from '@/data/goods/goods-index'

/** Rows kept for reuse; past this the cache starts again (a pass over every row, as a sort makes, included). */
const KEPT = 512

export class StoredGoodsRows implements GoodsRows {
  private readonly store: GoodsStore
  private readonly measures: ReadonlyMap<string, RawMeasure>
  private readonly sources: SourceLookup
  private kept = new Map<number, GoodsRow>()

  /**
   * An item whose measure is missing has no row (toGoodsRows skips it), so these rows match the worker's
   * index only when there is none: adoptGoodsIndex compares the counts.
   */
  constructor(store: GoodsStore, measures: readonly RawMeasure[], sources: readonly RawSource[]) {
    this.store = store
    this.measures = new Map(measures.map((m) => [m.id, m]))
    this.sources = new SourceLookup(sources)
  }

  get length(): number {
    return this.store.length
  }

  /**
   * Sort values read from the columns: building every row to sort by category took 466 ms at 100,000
   * goods, reading the column 15 ms. The same values as sortValue gives the built rows (a test compares).
   */
  sortValues(key: GoodsSortKey): Array<string | null> {
    const { store } = this
    switch (key) {
      case 'name':
        return store.values(GOODS_FIELDS.name)
      case 'category':
        return store.values(GOODS_FIELDS.category)
      case 'effective':
        return store.values(GOODS_FIELDS.effective)
      case 'hs':
        return store.values(GOODS_FIELDS.firstHsCode)
      case 'measure': {
        const byMeasure = new Map<string, string | null>()
        for (const [id, m] of this.measures) byMeasure.set(id, measureSortValue(m))
        return store.values((c, k) => byMeasure.get(GOODS_FIELDS.measureId(c, k)) ?? null)
      }
      case 'source':
        return store.values((c, k) => {
          const { publishers } = this.sources.citedBy(GOODS_FIELDS.sourceIds(c, k))
          return publishers === '' ? null : publishers
        })
    }
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
