/**
 * Aliases as the MOF sheets write them: several per cell, on separate lines, after `;` or `、`, in
 * (別称、…) and (a.k.a. …) brackets that may wrap over lines or sit side by side on one line.
 */
import { JAPANESE, lines } from '@/data/official/convert/text'

const LABEL =
  /^(?:別称|別名|旧称|(?:[af]\.k\.a\.?,?\s*)?the following \w+ alias(?:es)?|[af]\.k\.a\.?)\s*[、,:]?\s*/i

/** Strips one pair of wrapping brackets and a leading 別称/別名/a.k.a. label. */
function unwrap(text: string): string {
  let out = text.trim()
  if (/^\(.*\)$/.test(out) && depth(out.slice(1, -1)) === 0) out = out.slice(1, -1).trim()
  // A leading dash marks one alias of a list, one a line (-GosNIImash.).
  return out
    .replace(LABEL, '')
    .replace(/^[-–—]\s*/, '')
    .trim()
}

const depth = (text: string): number => (text.match(/\(/g) ?? []).length - (text.match(/\)/g) ?? []).length

/** Lines joined while a bracket is open, then split where one bracket closes and the next opens: `(…)(…)`. */
function groups(cellLines: readonly string[]): string[] {
  const joined: string[] = []
  let current = ''
  for (const line of cellLines) {
    current = current === '' ? line : `${current} ${line}`
    if (depth(current) <= 0) {
      joined.push(current)
      current = ''
    }
  }
  if (current !== '') joined.push(current)
  return joined.flatMap((line) => line.split(/(?<=\))\s*(?=\()/))
}

/** Every alias in a cell, both languages, in the order written, without duplicates. */
export function splitAliases(cell: string | null): string[] {
  if (cell === null) return []
  const found: string[] = []
  const all = groups(lines(cell))
  const latinNames = all
    .filter((group) => !JAPANESE.test(group))
    .flatMap((group) => unwrap(group).split(LATIN_SEPARATOR))
    .filter((name) => name.trim() !== '').length
  for (const group of all) {
    const body = unwrap(group)
    // 及び joins the last two names of a 別称 list (A、B及びC), but can also be part of one name
    // (株式会社NIIプラタン及び付属工場, "with its plant"): split on it only in a list, or where the
    // English side of the cell gives several names too.
    const list = /^\(?\s*(?:別称|別名)\s*[、,]/.test(group) && (body.includes('、') || latinNames > 1)
    const separator = JAPANESE.test(body) ? (list ? /、|;|及び/ : /、|;/) : LATIN_SEPARATOR
    for (const piece of body.split(separator)) {
      const alias = unwrap(piece)
      if (alias !== '' && !/^(?:別称|別名|旧称|and)$/i.test(alias) && !found.includes(alias))
        found.push(alias)
    }
  }
  return found
}

const LATIN_SEPARATOR = /;|,?\s*(?=\b[af]\.k\.a\.)/i
