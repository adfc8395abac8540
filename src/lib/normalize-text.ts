/**
 * Text folding for search: case, accents and full-width forms are ignored ("Cafe" finds "Café",
 * "ＨＳ" finds "HS"). Japanese kana keep their voicing marks (ガ is not カ).
 */

const LATIN_MARKS = /[\u0300-\u036f]/g
// eslint-disable-next-line no-control-regex
const ASCII = /^[\u0000-\u007f]*$/

export function foldText(text: string): string {
  // ASCII text is unchanged by the normalisations: only its case folds.
  if (ASCII.test(text)) return text.toLowerCase()
  return text.normalize('NFKC').normalize('NFD').replace(LATIN_MARKS, '').normalize('NFC').toLowerCase()
}

/**
 * Folds text and keeps, for each folded code unit, the index of the original character it came from,
 * so a match found in folded text can be highlighted in the original.
 */
export function foldWithMap(text: string): { folded: string; origin: number[] } {
  if (ASCII.test(text)) {
    // ASCII folds to its lower case, one code unit for one.
    return { folded: text.toLowerCase(), origin: Array.from({ length: text.length + 1 }, (_, i) => i) }
  }
  let folded = ''
  const origin: number[] = []
  let i = 0
  for (const ch of text) {
    const f = foldText(ch)
    folded += f
    for (let k = 0; k < f.length; k++) origin.push(i)
    i += ch.length
  }
  origin.push(text.length)
  return { folded, origin }
}

/** Splits a query into folded terms; every term must match. */
export function queryTerms(query: string): string[] {
  return foldText(query)
    .split(/\s+/)
    .filter((t) => t.length > 0)
}

/** Folded texts of the rows shown lately: a keystroke re-highlights the same rows with new terms. */
const folds = new Map<string, { folded: string; origin: number[] }>()
const FOLDS_KEPT = 4000

function cachedFold(text: string): { folded: string; origin: number[] } {
  let fold = folds.get(text)
  if (fold === undefined) {
    if (folds.size >= FOLDS_KEPT) folds.clear()
    fold = foldWithMap(text)
    folds.set(text, fold)
  }
  return fold
}

/** Ranges [start, end) of the original text that match any term, merged and sorted. */
export function matchRanges(text: string, terms: readonly string[]): Array<[number, number]> {
  if (terms.length === 0) return []
  const { folded, origin } = cachedFold(text)
  const ranges: Array<[number, number]> = []
  for (const term of terms) {
    let at = folded.indexOf(term)
    while (at !== -1) {
      ranges.push([origin[at] ?? 0, origin[at + term.length] ?? text.length])
      at = folded.indexOf(term, at + term.length)
    }
  }
  ranges.sort((a, b) => a[0] - b[0])
  const merged: Array<[number, number]> = []
  for (const r of ranges) {
    const last = merged[merged.length - 1]
    if (last !== undefined && r[0] <= last[1]) last[1] = Math.max(last[1], r[1])
    else merged.push([r[0], r[1]])
  }
  return merged
}
