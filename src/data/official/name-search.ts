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

/** The query's terms, each folded as names are; every term must be found. */
export function nameTerms(query: string): string[] {
  return query
    .split(/[\s\u3000]+/)
    .map(foldName)
    .filter((t) => t.length > 0)
}

/** Every name a designation goes by, folded once: Japanese, English, aliases and the parts of a split entry. */
export function nameKey(d: Designation): string {
  const names = [d.nameJa, d.nameEn, ...d.aliases, ...d.parts.flatMap((p) => [p.nameJa, p.nameEn])]
  // A separator that folding keeps, so no term matches across two names.
  return names
    .filter((n): n is string => n !== null)
    .map(foldName)
    .join('|')
}

export interface NameFilter {
  query: string
  /** null: every list. */
  list: ListId | null
  includeDelisted: boolean
}

/** The designations that match, in list order; `keys` are the nameKey of each, computed once per dataset. */
export function searchNames(
  designations: readonly Designation[],
  keys: readonly string[],
  f: NameFilter,
): Designation[] {
  const terms = nameTerms(f.query)
  const out: Designation[] = []
  for (let i = 0; i < designations.length; i++) {
    const d = designations[i] as Designation
    if (f.list !== null && d.list !== f.list) continue
    if (!f.includeDelisted && d.delisted !== null) continue
    const key = keys[i] ?? ''
    if (terms.every((t) => key.includes(t))) out.push(d)
  }
  return out
}

/** The lists a set of designations comes from, in the order of LIST_IDS, with each list's as-of date. */
export function listsIn(designations: readonly Designation[]): Array<{ list: ListId; asOf: string | null }> {
  const seen = new Map<ListId, string | null>()
  for (const d of designations) if (!seen.has(d.list)) seen.set(d.list, d.source.asOf)
  return [...seen].map(([list, asOf]) => ({ list, asOf }))
}
