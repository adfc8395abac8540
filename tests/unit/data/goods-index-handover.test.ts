/** The goods index built in the worker and handed to the page gives what the page would build itself. */
import { describe, expect, it } from 'vitest'

import { localizeDataset } from '@/data/localize'
import { processJob } from '@/data/worker/process-dataset'
import { RecordsReceiver } from '@/data/load/receive-records'
import type { BilingualDataset } from '@/data/validate/schema'
import {
  buildGoodsIndex,
  DEFAULT_GOODS_SORT,
  GOODS_SORT_KEYS,
  indexDataset,
  rowNote,
  toGoodsRows,
} from '@/data/goods/goods-index'
import { goodsFacets, queryGoods, sortedOrder, type GoodsQuery } from '@/data/goods/goods-query'
import type { WorkerMessage } from '@/data/load/worker-protocol'

import { hostileText } from './job-harness'

function datasetText(goods: number): string {
  const doc = JSON.parse(hostileText('base.json')) as { goods: Array<Record<string, unknown>> }
  const rows = doc.goods
  doc.goods = Array.from({ length: goods }, (_, i) => ({
    ...rows[i % rows.length],
    id: `g-${i}`,
    name: `${['Café', 'pump', '量子 device', 'valve'][i % 4]} ${i}`,
    unidentified: false,
    hsCodes: i % 3 === 0 ? [`84.${String(i % 100).padStart(2, '0')}`] : [],
  }))
  return JSON.stringify(doc)
}

async function receive(
  text: string,
): Promise<{ dataset: BilingualDataset; messages: WorkerMessage[]; adopted: boolean }> {
  const messages: WorkerMessage[] = []
  await processJob(
    {
      type: 'open',
      files: [{ name: 'd.json', blob: new Blob([text]) }],
      base: null,
      maxBytes: 1e9,
      maxProblems: 100,
    },
    { post: (m) => void messages.push(m), nextAck: () => Promise.resolve() },
  )
  const receiver = new RecordsReceiver()
  let dataset: BilingualDataset | null = null
  for (const m of messages) {
    if (m.type === 'records') receiver.take(m)
    else if (m.type === 'goods') receiver.takeGoods(m.chunk)
    else if (m.type === 'goods-search-text') receiver.takeSearchText(m.text)
    else if (m.type === 'goods-index') receiver.takeGoodsIndex(m.parts)
    else if (m.type === 'done') dataset = receiver.finish(m.summary)
  }
  if (dataset === null) throw new Error(`the job failed: ${JSON.stringify(messages.at(-1))}`)
  return { dataset, messages, adopted: receiver.indexAdopted }
}

const query = (search: string, extra: Partial<GoodsQuery> = {}): GoodsQuery => ({
  search,
  categories: null,
  tranche: null,
  page: { types: null, from: null, to: null },
  sort: DEFAULT_GOODS_SORT,
  ...extra,
})

describe('the goods index from the worker', () => {
  it('is sent once, after the records, and adopted as the dataset’s index', async () => {
    const { dataset, messages, adopted } = await receive(datasetText(1200))
    expect(adopted).toBe(true)
    const kinds = messages.map((m) => m.type).filter((t) => t !== 'progress')
    expect(kinds.filter((t) => t === 'goods-index')).toHaveLength(1)
    expect(kinds.indexOf('goods-index')).toBe(kinds.length - 2)
    expect(kinds.lastIndexOf('records')).toBeLessThan(kinds.indexOf('goods-index'))
    const index = indexDataset(dataset)
    expect(index.rows).toHaveLength(1200)
    expect(indexDataset(dataset)).toBe(index)
  })

  it('finds, sorts and counts exactly as an index built on the page', async () => {
    const { dataset } = await receive(datasetText(1200))
    const handed = indexDataset(dataset)
    const rows = toGoodsRows(dataset.goods, dataset.measures, dataset.sources)
    const local = buildGoodsIndex(rows)
    // Rows read from the goods' columns are the rows the page builds from the goods as objects.
    expect(Array.from({ length: handed.rows.length }, (_, i) => handed.rows.at(i))).toEqual(rows)
    expect(handed.rows.at(0)).toBe(handed.rows.at(0))
    expect(handed.rows.at(1200)).toBeUndefined()
    expect(handed.blobs).toEqual(local.blobs)
    // Every sort: the rows read from columns give their sort values without being built.
    for (const key of GOODS_SORT_KEYS)
      for (const dir of ['asc', 'desc'] as const)
        expect(sortedOrder(handed, { key, dir }), `${key} ${dir}`).toEqual(sortedOrder(local, { key, dir }))
    expect(goodsFacets(handed.rows)).toEqual(goodsFacets(rows))
    const measure = rows[0]?.measureId ?? null
    for (const q of [
      query(''),
      query('cafe'),
      query('量子'),
      query('84.1'),
      query('pump', { tranche: measure }),
      query('', { sort: { key: 'name', dir: 'desc' } }),
    ]) {
      expect(queryGoods(handed, q)).toEqual(queryGoods(local, q))
      if (q.search !== '') expect(queryGoods(handed, q).length).toBeGreaterThan(0)
    }
  })
})

describe('localizing a received dataset', () => {
  it('skips the goods when none has a note, and localizes them when one has', async () => {
    const plain = JSON.parse(datasetText(50)) as { goods: Array<Record<string, unknown>> }
    for (const g of plain.goods) delete g['note']
    const { dataset } = await receive(JSON.stringify(plain))
    expect(localizeDataset(dataset, 'ja').goods).toBe(dataset.goods)

    const noted = JSON.parse(datasetText(50)) as { goods: Array<Record<string, unknown>> }
    for (const g of noted.goods) delete g['note']
    noted.goods[7] = { ...noted.goods[7], note: { en: 'Seen at customs', ja: '税関で確認' } }
    const received = await receive(JSON.stringify(noted))
    const ja = localizeDataset(received.dataset, 'ja')
    expect(ja.goods[7]?.note).toBe('税関で確認')
    expect(ja.goods[6]).toBe(received.dataset.goods[6])
    // The goods table reads the note from its row, in the reader's language.
    const row = indexDataset(ja).rows.at(7)
    expect(row === undefined ? null : rowNote(row, 'ja')?.text).toBe('税関で確認')
    expect(row === undefined ? null : rowNote(row, 'en')?.text).toBe('Seen at customs')
  })
})
