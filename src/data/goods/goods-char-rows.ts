/**
 * Per goods index, the rows whose search text holds each letter and digit, as bit sets. A search's first
 * keystroke is one character and matches the most rows: at 100,000 rows ('8', 'c'; Node) the search took
 * 2.2–2.8 ms scanning the search text, 1.3–1.6 ms with the set (most of it copying the 54–73k matches
 * out). The sets are built in idle steps after a dataset arrives (a few ms per piece of the search
 * text) and used once complete; until then the search scans the text as before. 36 sets of one bit per
 * row: 450 kB at 100,000 rows.
 */

/** The folded search text (see GoodsSearch in goods-index.ts): pieces joined by a separator, and row starts. */
interface SearchText {
  blobs: readonly string[]
  starts: Int32Array
}

/** The characters that get a set: folded text is lower case, so these are all letters and digits. */
const INDEXED = 'abcdefghijklmnopqrstuvwxyz0123456789'
/** Character code → its set's position in INDEXED, or -1. */
const SLOT = new Int8Array(128).fill(-1)
for (let k = 0; k < INDEXED.length; k++) SLOT[INDEXED.charCodeAt(k)] = k

const complete = new WeakMap<SearchText, Uint32Array[]>()

/**
 * Steps (one per piece of the search text, for idle time, in order) that build the sets for `search`;
 * after the last, rowsWithChar answers for it. Each call builds a new set of sets.
 */
export function charRowsSteps(search: SearchText): Array<() => void> {
  const n = search.starts.length - 1
  const words = (n + 31) >>> 5
  const sets = Array.from(INDEXED, () => new Uint32Array(words))
  let row = 0
  // Where the current piece starts in the pieces joined by their one-character separator.
  let base = 0
  return search.blobs.map((blob, p) => () => {
    const { starts } = search
    while (row < n && (starts[row] as number) - base < blob.length) {
      const end = Math.min((starts[row + 1] as number) - 1 - base, blob.length)
      const word = row >>> 5
      const bit = 1 << (row & 31)
      for (let at = (starts[row] as number) - base; at < end; at++) {
        const code = blob.charCodeAt(at)
        const slot = code < 128 ? (SLOT[code] as number) : -1
        if (slot >= 0) (sets[slot] as Uint32Array)[word] = ((sets[slot] as Uint32Array)[word] as number) | bit
      }
      row++
    }
    base += blob.length + 1
    if (p === search.blobs.length - 1) complete.set(search, sets)
  })
}

/** The rows whose search text holds `char` (one folded character), or null when there is no set for it. */
export function rowsWithChar(search: SearchText, char: string): Uint32Array | null {
  if (char.length !== 1) return null
  const code = char.charCodeAt(0)
  const slot = code < 128 ? (SLOT[code] as number) : -1
  return slot < 0 ? null : (complete.get(search)?.[slot] ?? null)
}

/** Sets hits[i] to row i's bit in `set`, for every row. */
export function unpackRows(set: Uint32Array, hits: Uint8Array): void {
  for (let i = 0; i < hits.length; i++) hits[i] = ((set[i >>> 5] as number) >>> (i & 31)) & 1
}
