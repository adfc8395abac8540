/**
 * The page's side of a dataset job: takes in the records the worker sends, batch by batch, and
 * assembles the dataset at the end. The goods arrive in columns and stay so (goods/goods-store.ts): the page
 * builds no object per item, and the goods index reads its rows from the columns as they are shown.
 * With the search index the worker built and sent, they become the dataset's goods index
 * (indexDataset then returns it at once).
 */
import { assembleDataset, emptyLists } from '@/data/validate/dataset-collections'
import { defineStoredGoods, GoodsStore, type GoodsChunk } from '@/data/goods/goods-store'
import type { BilingualDataset, RawMeasure, RawSource } from '@/data/validate/schema'
import { adoptGoodsIndex, type GoodsIndexParts } from '@/data/goods/goods-index'
import { StoredGoodsRows } from '@/data/goods/stored-goods-rows'
import type { JobSummary, WorkerMessage } from '@/data/load/worker-protocol'

type RecordsMessage = Extract<WorkerMessage, { type: 'records' }>

export class RecordsReceiver {
  private readonly lists = emptyLists()
  private readonly goods = new GoodsStore()
  private indexParts: GoodsIndexParts | null = null
  private readonly searchText: string[] = []
  /** Whether finish() adopted the worker's goods index (else the page builds one when it is needed). */
  indexAdopted = false

  /** Takes in one batch; returns how many records it held. */
  take(message: RecordsMessage): number {
    const list = this.lists[message.collection]
    for (const record of message.records) list.push(record)
    return message.records.length
  }

  /** Takes in a chunk of goods; returns how many items it held. */
  takeGoods(chunk: GoodsChunk): number {
    this.goods.add(chunk)
    return chunk.size
  }

  takeSearchText(text: string): void {
    this.searchText.push(text)
  }

  takeGoodsIndex(parts: GoodsIndexParts): void {
    this.indexParts = { ...parts, search: { ...parts.search, blobs: this.searchText } }
  }

  /** The dataset, with its goods index when the worker sent one that matches the rows. */
  finish(summary: JobSummary): BilingualDataset {
    const dataset = assembleDataset(summary.schemaVersion, summary.meta, this.lists)
    defineStoredGoods(dataset, this.goods)
    const rows = new StoredGoodsRows(
      this.goods,
      dataset.measures as RawMeasure[],
      dataset.sources as RawSource[],
    )
    if (this.indexParts !== null) this.indexAdopted = adoptGoodsIndex(dataset, rows, this.indexParts)
    return dataset
  }
}
