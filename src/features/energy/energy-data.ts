/** Pure shaping for the energy panel: figure wording, summaries and timeline positions. No React. */
import type { AlternativeFigure, Dependency, EnergyEvent, Figure, Measure, Qualifier } from '@/data/schema'
import { MEASURE_TYPE_LABELS } from '@/data/labels'
import type { SupplierRow } from '@/data/shape/lng'
import { formatDate, formatNumber } from '@/lib/format'

/** The dataset records the panel reads. Ids, not numbers: every value comes from the dataset. */
export const ENERGY_IDS = {
  lngTotal: 'lng-japan-imports-2021',
  lngRussiaRank: 'lng-russia-rank-2021',
  s2Capacity: 'sakhalin2-capacity',
  s2ShareToJapan: 'sakhalin2-share-to-japan',
  s2ShareOfJapanLng: 'sakhalin2-share-of-japan-lng',
  s2ShareOfGlobalLng: 'sakhalin2-share-of-global-lng',
  s2ShareOfJapanPower: 'sakhalin2-share-of-japan-power',
  crudeRank: 'crude-russia-rank-2021',
} as const

export const MISSING = 'not in this dataset'

const QUALIFIER_PREFIX: Record<Qualifier, string> = {
  exact: '',
  about: 'about ',
  more_than: 'more than ',
  at_least: 'at least ',
  up_to: 'up to ',
}

/** 1 → "1st", 5 → "5th", 22 → "22nd". */
export function ordinal(n: number): string {
  const tens = n % 100
  const suffix =
    tens >= 11 && tens <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th'
  return `${formatNumber(n)}${suffix}`
}

/** The text around a number in each unit: ¥ before yen, a space before tonnes, none before %. */
function affixes(unit: Exclude<Figure['unit'], 'rank'>): [string, string] {
  if (unit === '%') return ['', '%']
  if (unit === 'JPY bn') return ['¥', ' bn']
  return ['', ` ${unit}`]
}

/** A value in its unit, without the qualifier: "8.8%", "9.6 Mt/yr", "¥372.2 bn", "5th". */
export function formatValue(value: number, unit: Figure['unit']): string {
  if (unit === 'rank') return ordinal(value)
  const [before, after] = affixes(unit)
  return `${before}${formatNumber(value)}${after}`
}

/** A figure as a source worded it: "about 60%", "9.6 Mt/yr". */
export function formatFigure(f: Pick<Figure, 'value' | 'unit' | 'qualifier'>): string {
  return `${QUALIFIER_PREFIX[f.qualifier]}${formatValue(f.value, f.unit)}`
}

/** "about 11.5 Mt/yr (RFE/RL, RT)". */
export function formatAlternative(
  a: AlternativeFigure,
  unit: Figure['unit'],
  sourceLabel: (ids: readonly string[]) => string,
): string {
  return `${formatFigure({ value: a.value, unit, qualifier: a.qualifier })} (${sourceLabel(a.sourceIds)})`
}

/** The span of the other reported values: "10–11.5 Mt/yr", "about 4%"; null when there are none. */
export function alternativeSpan(f: Figure): string | null {
  const values = f.alternatives.map((a) => a.value)
  if (values.length === 0) return null
  const low = Math.min(...values)
  const high = Math.max(...values)
  if (low === high) {
    const first = f.alternatives[0]
    return formatFigure({ value: low, unit: f.unit, qualifier: first?.qualifier ?? 'exact' })
  }
  if (f.unit === 'rank') return `${ordinal(low)}–${ordinal(high)}`
  const [before, after] = affixes(f.unit)
  return `${before}${formatNumber(low)}–${formatNumber(high)}${after}`
}

/** The country the dataset's measures target, by name ("RU" → "Russia"), to find it among suppliers. */
export function countryName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code
  } catch {
    return code
  }
}

/** "Australia supplied 35.8% of Japan's 74.32 Mt of LNG in 2021; Russia ranked 5th at 8.8%." */
export function summarizeLng(
  rows: readonly SupplierRow[],
  total: Figure | null,
  target: string,
  year: number | null,
): string {
  const top = rows[0]
  if (top === undefined) return 'No LNG suppliers are in this dataset.'
  const of = total === null ? "Japan's LNG imports" : `Japan's ${formatFigure(total)} of LNG`
  const when = year === null ? '' : ` in ${year}`
  const lead = `${top.country} supplied ${formatFigure(top.share)} of ${of}${when}`
  const t = rows.find((r) => r.country === target)
  if (t === undefined) return `${lead}; ${target} is not among the suppliers in this dataset.`
  if (t === top) return `${lead}, ranking first.`
  const rank = t.rank === null ? 'is not ranked' : `ranked ${ordinal(t.rank)}`
  return `${lead}; ${target} ${rank} at ${formatFigure(t.share)}.`
}

/** "Russia's share of Japan's crude oil imports, 2021: 3.6%; …" for the dependencies the dataset holds. */
export function summarizeDependencies(deps: ReadonlyArray<Dependency | null>): string {
  const held = deps.filter((d): d is Dependency => d !== null)
  const first = held[0]
  if (first === undefined) return 'No oil or coal dependency figures are in this dataset.'
  const oneYear = held.every((d) => d.year === first.year)
  // Labels share their opening words ("Russia's share of Japan's …"): say them once.
  const prefix = held.length > 1 ? commonWordPrefix(held.map((d) => d.label)) : ''
  const parts = held.map(
    (d, i) =>
      `${i === 0 ? d.label : d.label.slice(prefix.length)}${oneYear ? '' : `, ${d.year}`}: ${formatFigure(d.share)}`,
  )
  return `${oneYear ? `In ${first.year}, ` : ''}${parts.join('; ')}.`
}

/** The whole words every text starts with, with the space after them: "Russia's share of Japan's ". */
export function commonWordPrefix(texts: readonly string[]): string {
  const [head, ...rest] = texts.map((t) => t.split(' '))
  if (head === undefined) return ''
  let n = 0
  while (n < head.length - 1 && rest.every((words) => words.length - 1 > n && words[n] === head[n])) n += 1
  return n === 0 ? '' : `${head.slice(0, n).join(' ')} `
}

/** What kind of measure an event belongs to, or "Context" when it belongs to none (the filter keeps it). */
export function eventKind(e: EnergyEvent, measures: readonly Measure[]): string {
  if (e.measureId === null) return 'Context'
  const m = measures.find((x) => x.id === e.measureId)
  if (m === undefined) return 'Context'
  return m.direction === 'RU→JP' ? `${MEASURE_TYPE_LABELS[m.type]} (Russia)` : MEASURE_TYPE_LABELS[m.type]
}

/** "2 of 4 events shown: from 8 Apr 2022 (…) to 5 Dec 2022 (…)." */
export function summarizeEvents(shown: readonly EnergyEvent[], all: number, noun: string): string {
  const first = shown[0]
  const last = shown[shown.length - 1]
  if (first === undefined || last === undefined)
    return `None of the ${all} ${noun} match the current filters.`
  const count = shown.length === all ? `All ${all} ${noun} shown` : `${shown.length} of ${all} ${noun} shown`
  if (first === last) return `${count}: ${formatDate(first.date)}, ${first.title}.`
  return `${count}, from ${formatDate(first.date)} (${first.title}) to ${formatDate(last.date)} (${last.title}).`
}
