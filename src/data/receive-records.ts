/**
 * The page's side of a dataset job: takes in the records the worker sends, batch by batch, and
 * assembles the dataset at the end. The goods' display rows are built as the goods arrive (sources and
 * measures come first), so the page never builds 100,000 of them in one task; with the search index the
 * worker built and sent, they become the dataset's goods index (indexDataset then returns it at once).
 */
import { assembleDataset, emptyLists } from '@/data/dataset-collections'
import { noteGoodsArePlain } from '@/data/localize'
import type { BilingualDataset, RawGoodsItem, RawMeasure, RawSource } from '@/data/schema'
import {
  adoptGoodsIndex,
  SourceLookup,
  toGoodsRow,
  type GoodsIndexParts,
  type GoodsRow,
} from '@/data/shape/goods-rows'
import type { JobSummary, WorkerMessage } from '@/data/worker-protocol'

type RecordsMessage = Extract<WorkerMessage, { type: 'records' }>

export class RecordsReceiver {
  private readonly lists = emptyLists()
  private readonly goodsRows: GoodsRow[] = []
  private lookups: { measures: Map<string, RawMeasure>; sources: SourceLookup } | null = null
  private rowsComplete = true
  private indexParts: GoodsIndexParts | null = null
  /** Whether any goods item has a note: a validated note is a LocalText, which localizing turns into text. */
  private goodsNotes = false
  /** Whether finish() adopted the worker's goods index (else the page builds one when it is needed). */
  indexAdopted = false

  /** Takes in one batch; returns how many records it held. */
  take(message: RecordsMessage): number {
    const list = this.lists[message.collection]
    for (const record of message.records) list.push(record)
    if (message.collection === 'goods') {
      this.lookups ??= {
        measures: new Map((this.lists.measures as RawMeasure[]).map((m) => [m.id, m])),
        sources: new SourceLookup(this.lists.sources as RawSource[]),
      }
      for (const g of message.records as RawGoodsItem[]) {
        if (g.note !== undefined) this.goodsNotes = true
        const m = this.lookups.measures.get(g.measureId)
        if (m === undefined) this.rowsComplete = false
        else this.goodsRows.push(toGoodsRow(g, m, this.lookups.sources))
      }
    }
    return message.records.length
  }

  takeGoodsIndex(parts: GoodsIndexParts): void {
    this.indexParts = parts
  }

  /** The dataset, with its goods index when the worker sent one that matches the rows. */
  finish(summary: JobSummary): BilingualDataset {
    const dataset = assembleDataset(summary.schemaVersion, summary.meta, this.lists)
    if (!this.goodsNotes) noteGoodsArePlain(dataset.goods)
    if (this.indexParts !== null && this.rowsComplete)
      this.indexAdopted = adoptGoodsIndex(dataset, this.goodsRows, this.indexParts)
    return dataset
  }
}
