import { describe, expect, it } from 'vitest'

import { charRowsSteps, rowsWithChar, unpackRows } from '@/data/goods/goods-char-rows'
import { BLOB_ROWS, buildGoodsIndex, type GoodsIndex } from '@/data/goods/goods-index'

import { makeSyntheticGoodsRows } from '../../fixtures/synthetic-goods'

/** Each row's folded search text, cut out of the pieces joined by their separator. */
function haystacks(ix: GoodsIndex): string[] {
  const joined = ix.blobs.join('\u0002')
  return Array.from({ length: ix.rows.length }, (_, i) =>
    joined.slice(ix.starts[i], (ix.starts[i + 1] as number) - 1),
  )
}

function rowsOf(set: Uint32Array, n: number): number[] {
  const hits = new Uint8Array(n)
  unpackRows(set, hits)
  const out: number[] = []
  hits.forEach((h, i) => {
    if (h === 1) out.push(i)
  })
  return out
}

describe('one-character row sets', () => {
  // Three pieces of search text, so that rows on either side of each boundary are covered.
  const n = BLOB_ROWS * 2 + 37
  const rows = makeSyntheticGoodsRows(n).map((r, i) =>
    i % 997 === 0 ? { ...r, name: `zq-${i}`, hsCodes: [] } : r,
  )
  const ix = buildGoodsIndex(rows)
  for (const step of charRowsSteps(ix)) step()
  const texts = haystacks(ix)

  it('has none until every step has run, one per piece of search text', () => {
    const fresh = buildGoodsIndex(rows)
    const steps = charRowsSteps(fresh)
    expect(steps).toHaveLength(3)
    for (const step of steps.slice(0, -1)) step()
    expect(rowsWithChar(fresh, 'a')).toBeNull()
    steps.at(-1)?.()
    expect(rowsOf(rowsWithChar(fresh, 'a') as Uint32Array, n)).toEqual(
      rowsOf(rowsWithChar(ix, 'a') as Uint32Array, n),
    )
  })

  it.each([...'abcdefghijklmnopqrstuvwxyz0123456789'])('holds exactly the rows whose text holds %s', (c) => {
    const set = rowsWithChar(ix, c)
    expect(set).not.toBeNull()
    const expected = texts.flatMap((t, i) => (t.includes(c) ? [i] : []))
    expect(rowsOf(set as Uint32Array, n)).toEqual(expected)
  })

  it.each(['量', 'é', '-', '.', ' ', 'ab', ''])('has no set for %j (searched in the text instead)', (c) => {
    expect(rowsWithChar(ix, c)).toBeNull()
  })

  it('answers only for the index it was built for', () => {
    expect(rowsWithChar(buildGoodsIndex(rows), 'a')).toBeNull()
  })
})
