/**
 * Finding a listed name as a reader types it: in Japanese or English, on any alias, whatever the case,
 * width and accents (foldText), and whatever the usual katakana variants: ヴ written as バ行 (ヴァ/バ,
 * ヴィ/ビ, ヴ/ブ, ヴェ/ベ, ヴォ/ボ), long-vowel marks, middle dots, spaces and hyphens. Pure.
 */
import type { Designation, ListId } from '@/data/official/designation'
import { foldText } from '@/lib/normalize-text'

const VU: ReadonlyArray<[RegExp, string]> = [
  [/ヴァ/g, 'バ'],
  [/ヴィ/g, 'ビ'],
  [/ヴェ/g, 'ベ'],
  [/ヴォ/g, 'ボ'],
  [/ヴ/g, 'ブ'],
]
/** Marks that spellings of one name differ by: long vowels, middle dots, spaces, hyphens, commas, full stops. */
const IGNORED = /[ー〜～・･·\s\-‐‑–—,.'’"“”()（）]/g

export function foldName(text: string): string {
  let folded = foldText(text)
  for (const [from, to] of VU) folded = folded.replace(from, to)
  return folded.replace(IGNORED, '')
}

/** The query's terms, split where names split into words, each folded as names are; every term must be found. */
export function nameTerms(query: string): string[] {
  return foldText(query)
    .split(/[\s\u3000\-‐‑–—,.・･·]+/)
    .map(foldName)
    .filter((t) => t.length > 0)
}

/** A designation's names, folded once: see nameKey. */
export interface NameKey {
  /** Every name folded as foldName does, joined by "|": where a kana term is looked for, anywhere. */
  folded: string
  /** The same names as words (" vladimir vladimirovich putin"): a Latin term must start a word. */
  words: string
}

const names = (d: Designation) =>
  [d.nameJa, d.nameEn, ...d.aliases, ...d.parts.flatMap((p) => [p.nameJa, p.nameEn])].filter(
    (n): n is string => n !== null,
  )

/** Marks that join or split Latin words: dropped ("o'brien" → "obrien"), or made spaces (hyphens, dots). */
const JOINING = /['’"“”()（）]/g
const SPLITTING = /[\s\-‐‑–—,.・･·|]+/g

/** A name as words, each folded, with a space before each: so " putin" is found and "computing" is not. */
function asWords(name: string): string {
  const words = foldText(name)
    .replace(JOINING, '')
    .split(SPLITTING)
    .filter((w) => w !== '')
  return words.length === 0 ? '' : ` ${words.join(' ')}`
}

/** Every name a designation goes by, folded once: Japanese, English, aliases and the parts of a split entry. */
export function nameKey(d: Designation): NameKey {
  const all = names(d)
  // "|" separates names in `folded`: folding keeps it, so no term matches across two names.
  return { folded: all.map(foldName).join('|'), words: all.map(asWords).join('|') }
}

/** A term in Latin letters and digits only: matched at the start of a word, not inside one. */
const LATIN_TERM = /^[a-z0-9]+$/

/** Whether every term is found: a Latin term at the start of a word, any other anywhere (kana has no spaces). */
export function matchesTerms(key: NameKey, terms: readonly string[]): boolean {
  return terms.every((t) =>
    LATIN_TERM.test(t) ? key.words.includes(` ${t}`) || key.words.startsWith(t) : key.folded.includes(t),
  )
}

export interface NameFilter {
  query: string
  /** null: every list. */
  list: ListId | null
  includeDelisted: boolean
  /** ISO alpha-2; null: every country (and those the list gives none for). */
  country: string | null
  /** Designated on or after / on or before (ISO dates); a row with no designation date is then left out. */
  from: string | null
  to: string | null
}

/** Whether a designation passes the filter's list, country, dates and delisting, whatever its names. */
export function inScope(d: Designation, f: NameFilter): boolean {
  if (f.list !== null && d.list !== f.list) return false
  if (!f.includeDelisted && d.delisted !== null) return false
  if (f.country !== null && d.country !== f.country) return false
  if (f.from !== null && (d.designated === null || d.designated < f.from)) return false
  if (f.to !== null && (d.designated === null || d.designated > f.to)) return false
  return true
}

/** The designations that match, in list order; `keys` are the nameKey of each, computed once per list. */
export function searchNames(
  designations: readonly Designation[],
  keys: readonly NameKey[],
  f: NameFilter,
): Designation[] {
  const terms = nameTerms(f.query)
  const out: Designation[] = []
  for (let i = 0; i < designations.length; i++) {
    const d = designations[i] as Designation
    if (!inScope(d, f)) continue
    // No terms: every name in scope, keys or not (they may still be folding: features/listed/use-name-keys).
    if (terms.length === 0) {
      out.push(d)
      continue
    }
    const key = keys[i]
    if (key !== undefined && matchesTerms(key, terms)) out.push(d)
  }
  return out
}

/** The countries the designations name, most listed first, with how many each. */
export function countriesIn(designations: readonly Designation[]): Array<{ country: string; count: number }> {
  const counts = new Map<string, number>()
  for (const d of designations)
    if (d.country !== null) counts.set(d.country, (counts.get(d.country) ?? 0) + 1)
  return [...counts]
    .map(([country, count]) => ({ country, count }))
    .sort((a, b) => b.count - a.count || (a.country < b.country ? -1 : 1))
}

/** The lists a set of designations comes from, in the order of LIST_IDS, with each list's as-of date. */
export function listsIn(designations: readonly Designation[]): Array<{ list: ListId; asOf: string | null }> {
  const seen = new Map<ListId, string | null>()
  for (const d of designations) if (!seen.has(d.list)) seen.set(d.list, d.source.asOf)
  return [...seen].map(([list, asOf]) => ({ list, asOf }))
}
