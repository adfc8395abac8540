/**
 * METI's export-ban lists (輸出等に係る禁止措置の対象となる…特定団体), as text taken from the PDFs:
 * a title, 指定日 and 最終更新日, then numbered entries: Japanese name (別称 in brackets), English name
 * (a.k.a. lines), 所在地. The PDF text glues some entry numbers to the previous line and breaks
 * names and addresses anywhere, so entries are found by their expected running number.
 */
import { countryOf } from '@/data/official/convert/countries'
import { parseJapaneseDate } from '@/data/official/convert/dates'
import type { Designation, Part } from '@/data/official/designation'
import { batchOf, checkBatchCoverage, METI_BATCHES, type Batch } from '@/data/official/convert/meti-batches'
import { OfficialListError } from '@/data/official/convert/official-error'
import { metiSource, type MetiListId } from '@/data/official/convert/sources'
import { clean, JAPANESE } from '@/data/official/convert/text'

export interface MetiResult {
  list: MetiListId
  title: string
  /** 指定日: the date the list was first designated. */
  designated: string
  /** 最終更新日: the date it was last updated. */
  updated: string
  designations: Designation[]
}

export interface MetiOptions {
  fileName?: string
  /** The batch table; METI_BATCHES by default (a test passes a broken one). */
  batches?: readonly Batch[]
}

export function parseMetiList(text: string, list: MetiListId, options: MetiOptions = {}): MetiResult {
  // The PDF text glues 所在地 to the end of a name and sometimes spaces out its letters (所 在 地 :).
  const body = clean(text).replace(
    /[ ]*(所[ ]*在[ ]*地|別[ ]*称)[ ]*:/g,
    (_, label: string) => `\n${label.replace(/ /g, '')}:`,
  )
  const designatedAt = body.search(/指定日\s*:/)
  const updatedMatch = /最終更新日\s*:([^\n]*)/.exec(body)
  if (designatedAt < 0 || updatedMatch === null)
    throw new OfficialListError('meti-format', `${list}: the text has no 指定日 or 最終更新日 line.`)
  const designated = parseJapaneseDate(body.slice(designatedAt, body.indexOf('\n', designatedAt)))
  const updated = parseJapaneseDate(updatedMatch[1] ?? '')
  if (designated === null || updated === null)
    throw new OfficialListError('meti-format', `${list}: the 指定日 or 最終更新日 is not a date.`)
  // The title wraps mid-word in the PDF: its lines join without spaces.
  const title = body.slice(0, designatedAt).split('\n').join('').replace(/^○\s*/, '').trim()
  const blocks = splitEntries(body.slice(updatedMatch.index + updatedMatch[0].length))
  const batches = options.batches ?? METI_BATCHES[list]
  checkBatchCoverage(list, batches, blocks.length)
  const source = metiSource(list, options.fileName ?? `${list}.txt`, updated)
  const designations = blocks.map((block, i): Designation => {
    const entry = i + 1
    const parsed = parseEntry(block)
    const found = batchOf(batches, entry)
    if (found === undefined)
      throw new OfficialListError('meti-batches', `${list}: entry ${entry} is in no batch.`)
    return {
      list,
      kind: 'organisation',
      entry,
      ...parsed,
      title: null,
      birthDate: null,
      birthPlace: null,
      country: countryOf(parsed.address),
      designated: found.date,
      revised: [],
      delisted: null,
      dateAlternatives: found.alternatives,
      sameAs: [],
      notice: found.notice,
      source,
    }
  })
  markSameParties(designations)
  return { list, title, designated, updated, designations }
}

const JA_CLASS = JAPANESE.source.slice(1, -1)

/**
 * The text of each entry, without its number. Entry n starts at a line start, or right after a letter,
 * full stop or bracket where the PDF glued it to the previous line, and its line holds Japanese (the
 * Japanese name, which may start with Latin letters: 14 Si2マイクロシステムズ). An address line never does.
 */
function splitEntries(text: string): string[] {
  const starts: { at: number; bodyAt: number }[] = []
  let from = 0
  for (let n = 1; ; n++) {
    const pattern = new RegExp(`(?:^|(?<=[.A-Za-z)。]))${n} (?=[^\\n]*[${JA_CLASS}])`, 'gm')
    pattern.lastIndex = from
    const match = pattern.exec(text)
    if (match === null) break
    starts.push({ at: match.index, bodyAt: match.index + match[0].length })
    from = match.index + match[0].length
  }
  if (starts.length === 0) throw new OfficialListError('meti-format', 'The text has no numbered entries.')
  return starts.map(({ bodyAt }, i) => text.slice(bodyAt, starts[i + 1]?.at ?? text.length).trim())
}

interface ParsedEntry {
  nameJa: string | null
  nameEn: string | null
  aliases: string[]
  address: string | null
  parts: Part[]
}

const hasJapanese = (line: string): boolean => JAPANESE.test(line)
const isLabel = (line: string): boolean => /^(?:所在地|別称)\s*:/.test(line)
const depth = (text: string): number => (text.match(/\(/g) ?? []).length - (text.match(/\)/g) ?? []).length

/** Joins PDF lines: no space inside Japanese text, a space between two Latin words. */
const joinJa = (lines: readonly string[]): string =>
  lines.reduce(
    (out, line) =>
      out !== '' && /[A-Za-z0-9]$/.test(out) && /^[A-Za-z0-9]/.test(line) ? `${out} ${line}` : out + line,
    '',
  )

function parseEntry(block: string): ParsedEntry {
  const lines = block.split('\n').filter((line) => line !== '')
  let i = 0
  const ja: string[] = []
  // Japanese lines, and Latin lines inside a bracket the Japanese name opened (「…（別称、KVZ\nRemservis）」).
  while (
    i < lines.length &&
    !isLabel(lines[i] ?? '') &&
    (ja.length === 0 || hasJapanese(lines[i] ?? '') || depth(ja.join('')) > 0)
  ) {
    ja.push(lines[i] ?? '')
    i++
  }
  let en: string[] = []
  const aliases: string[] = []
  let nameJa = joinJa(ja).trim()
  const glued = gluedEnglish(nameJa)
  // The English name sometimes follows the Japanese on the same line (or on a line with the Chinese name
  // in brackets): split it off where no English line follows, or where it already opens the a.k.a. list.
  if (glued !== null && (i >= lines.length || isLabel(lines[i] ?? '') || /a\.k\.a/i.test(glued.en))) {
    nameJa = glued.ja
    en = [glued.en]
    aliases.push(...glued.chinese)
  }
  const jaAlias = /\(別称[、,](.*)\)$/.exec(nameJa)
  if (jaAlias) {
    nameJa = nameJa.slice(0, jaAlias.index).trim()
    aliases.push(...splitJapaneseAliases(jaAlias[1] ?? ''))
  }
  while (i < lines.length && !isLabel(lines[i] ?? '')) en.push(lines[i++] ?? '')
  const english = en.join(' ').replace(/\s+/g, ' ').trim()
  const aka = /,?\s*a\.k\.a\.?,?\s*|,\s*the following \w+ alias/i.exec(english)
  // A trailing comma is left over from an a.k.a. the PDF never printed (Electrosignal JSC,).
  const nameEn = (aka ? english.slice(0, aka.index) : english).trim().replace(/,$/, '')
  if (aka)
    aliases.push(
      ...splitEnglishAliases(en.join('\n').slice(en.join('\n').search(/a\.k\.a|the following \w+ alias/i))),
    )
  let address: string | null = null
  while (i < lines.length) {
    const line = lines[i++] ?? ''
    const label = /^(所在地|別称)\s*:\s*(.*)$/.exec(line)
    if (label?.[1] === '別称') {
      // The newer form: 別称: Japanese names, then English ones, each separated by ; and wrapped anywhere.
      const names = [label[2] ?? '']
      while (i < lines.length && !isLabel(lines[i] ?? '')) names.push(lines[i++] ?? '')
      const japanese = joinJa(names.filter(hasJapanese))
      const latin = names.filter((name) => !hasJapanese(name)).join(' ')
      for (const name of [...japanese.split(';'), ...latin.split(';')])
        if (name.trim() !== '') aliases.push(name.trim())
    } else if (label?.[1] === '所在地') {
      const rest = [label[2] ?? '']
      while (i < lines.length && !isLabel(lines[i] ?? '')) rest.push(lines[i++] ?? '')
      address = rest.join(' ').replace(/\s+/g, ' ').trim() || null
    }
  }
  const parts = splitParts(nameJa, nameEn)
  return {
    nameJa: parts.length > 0 ? (parts[0]?.nameJa ?? nameJa) : nameJa || null,
    nameEn: parts.length > 0 ? (parts[0]?.nameEn ?? nameEn) : nameEn || null,
    aliases: [...new Set(aliases)],
    address,
    parts,
  }
}

/**
 * A Japanese line with the English name glued on (ロスエレクトロニクスRuselectronics JSC), perhaps with
 * the Chinese name in brackets after it: the split where a capitalised Latin run of two or more words
 * starts right after Japanese text or a closing bracket, outside any bracket, and runs to the end.
 */
function gluedEnglish(line: string): { ja: string; en: string; chinese: string[] } | null {
  const chars = [...line]
  let level = 0
  for (let k = 0; k < chars.length; k++) {
    const ch = chars[k] ?? ''
    const before = chars[k - 1] ?? ''
    if (
      level === 0 &&
      k > 0 &&
      /[A-Z]/.test(ch) &&
      (hasJapanese(before) || before === ')' || before === '」')
    ) {
      let rest = chars.slice(k).join('')
      const chinese: string[] = []
      const trailing = /\(([^()]*)\)$/.exec(rest)
      if (trailing && hasJapanese(trailing[1] ?? '')) {
        rest = rest.slice(0, trailing.index)
        chinese.push(...(trailing[1] ?? '').split('、').map((name) => name.trim()))
      }
      if (!hasJapanese(rest) && /^\S+(?:\s+\S+)+$/.test(rest.trim()))
        return { ja: chars.slice(0, k).join('').trim(), en: rest.trim(), chinese }
    }
    if (ch === '(') level++
    if (ch === ')') level--
  }
  return null
}

/** 別称、A、B及びC: the names between 、 and the last 及び. */
const splitJapaneseAliases = (text: string): string[] =>
  text
    .split(/、|及び/)
    .map((name) => name.trim())
    .filter((name) => name !== '')

/** `a.k.a., the following two aliases:` then one alias per `-` line (wrapped lines continue the alias). */
function splitEnglishAliases(text: string): string[] {
  const afterColon = text.includes(':')
    ? text.slice(text.indexOf(':') + 1)
    : text.replace(/^a\.k\.a\.?,?\s*/i, '')
  const out: string[] = []
  // Two aliases can share a line: "-JSC NIIEI; and-JSC …".
  for (const raw of afterColon.split(/\n|(?<=;)\s*(?:and\s*)?(?=-\S)/)) {
    const line = raw.trim()
    if (line === '') continue
    const starts = /^[-—–]\s*/.test(line) || out.length === 0
    const pieces = line.split(/\s*[—]\s*/).filter((piece) => piece !== '')
    pieces.forEach((piece, k) => {
      const text = piece.replace(/^[-–]\s*/, '')
      if ((starts || k > 0) && text !== '') out.push(text)
      else if (out.length > 0) out[out.length - 1] = `${out[out.length - 1] ?? ''} ${text}`
    })
  }
  return out
    .map((alias) => alias.replace(/;\s*(?:and)?$/i, '').trim())
    .map((alias, k, all) => (k === all.length - 1 ? alias.replace(/\.$/, '') : alias))
    .filter((alias) => alias !== '')
}

/** Splits at commas outside brackets. */
function topLevel(text: string, separator: string): string[] {
  const out: string[] = []
  let level = 0
  let current = ''
  for (const ch of text) {
    if (ch === '(') level++
    if (ch === ')') level--
    if (level === 0 && ch === separator) {
      out.push(current.trim())
      current = ''
    } else current += ch
  }
  out.push(current.trim())
  return out.filter((piece) => piece !== '')
}

/**
 * The split entries (Russia 23, Belarus 1): the ministry, then "This includes …" / 「これには、…が含まれる」
 * naming the forces, the guard and police, and the intelligence services. One entry; its parts listed.
 */
function splitParts(nameJa: string, nameEn: string): Part[] {
  const ja = /^(.*?)。(?:右|これ)には、(.*)が含まれる。?$/.exec(nameJa)
  const en = /^(.*?)\. This includes (.*?)\.?$/.exec(nameEn)
  if (!ja || !en) return []
  const jaParts = topLevel(ja[2] ?? '', '、')
  const enParts = topLevel(en[2] ?? '', ',').map((part) => part.replace(/^as well as /, ''))
  const count = Math.max(jaParts.length, enParts.length)
  return [
    { nameJa: (ja[1] ?? '').trim(), nameEn: (en[1] ?? '').trim() },
    ...Array.from({ length: count }, (_, k) => ({ nameJa: jaParts[k] ?? null, nameEn: enParts[k] ?? null })),
  ]
}

/** Entries with the same Japanese and English names are one party listed under several addresses. */
function markSameParties(designations: Designation[]): void {
  const byName = new Map<string, Designation[]>()
  for (const d of designations) {
    const key = `${d.nameJa}\u0000${d.nameEn}`
    byName.set(key, [...(byName.get(key) ?? []), d])
  }
  for (const group of byName.values()) {
    if (group.length < 2) continue
    for (const d of group) d.sameAs = group.filter((other) => other !== d).map((other) => other.entry)
  }
}
