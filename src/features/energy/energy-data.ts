/** Pure shaping for the energy panel: figure wording, summaries and timeline positions. No React. */
import { measureKindLabel, QUALIFIER_KEYS } from '@/data/labels'
import type {
  LngSupplier,
  AlternativeFigure,
  Confidence,
  Dependency,
  EnergyEvent,
  Figure,
  Measure,
  Qualifier,
} from '@/data/validate/schema'
import type { SupplierRow } from '@/data/shape/lng'
import type { I18n } from '@/lib/i18n/i18n'
import { countryName } from '@/lib/country-name'
import { INTL_TAG, type Locale } from '@/lib/i18n/locales'

export { countryName }
import type { MessageKey, ParamNames, Translate } from '@/lib/i18n/translate'

/** What the shaping functions need to word things in the reader's language. */
export type EnergyI18n = Pick<I18n, 't' | 'fmt'>

/** A message key that takes no parameters, so a table of them can be said with `t(key)`. */
export type PlainKey = { [K in MessageKey]: [ParamNames<K>] extends [never] ? K : never }[MessageKey]

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

const CONFIDENCE_KEYS: { [C in Confidence]: `confidence.${C}Word` } = {
  high: 'confidence.highWord',
  medium: 'confidence.mediumWord',
  low: 'confidence.lowWord',
}

/** "high", "medium", "low" in running text ("medium confidence"); the badge says it on its own. */
export function confidenceWord(t: Translate, confidence: Confidence): string {
  return t(CONFIDENCE_KEYS[confidence])
}

type Unit = Exclude<Figure['unit'], 'rank'>

const UNIT_KEYS = {
  '%': 'energy.unit.percent',
  Mt: 'energy.unit.mt',
  'Mt/yr': 'energy.unit.mtPerYear',
  bcm: 'energy.unit.bcm',
  'b/d': 'energy.unit.barrelsPerDay',
  'JPY bn': 'energy.unit.jpyBn',
} as const satisfies { [U in Unit]: string }

/**
 * Japanese counts large quantities in 万 (10⁴) and 億 (10⁸): 6.56 Mt reads 656万トン, ¥372.2 bn reads
 * 3,722億円. The catalogue names the unit; this says how far to move the number to match it.
 */
const UNIT_SCALE: Record<Locale, Partial<Record<Unit, number>>> = {
  en: {},
  ja: { Mt: 100, 'Mt/yr': 100, bcm: 10, 'JPY bn': 10 },
}

/** A number in a unit, scaled and formatted for the locale, without the unit: 6.56 Mt → "6.56" / "656". */
export function formatUnitNumber({ fmt }: EnergyI18n, value: number, unit: Figure['unit']): string {
  const scale = unit === 'rank' ? 1 : (UNIT_SCALE[fmt.locale][unit] ?? 1)
  // Rounded so that binary fractions (6.56 × 100 = 656.0000000000001) never show.
  return fmt.number(scale === 1 ? value : Math.round(value * scale * 1e6) / 1e6)
}

const ordinalRules = new Map<Locale, Intl.PluralRules>()

/** 1 → "1st", 5 → "5th", 22 → "22nd"; "5位" in Japanese. */
export function ordinal({ t, fmt }: EnergyI18n, n: number): string {
  let rules = ordinalRules.get(fmt.locale)
  if (rules === undefined) {
    rules = new Intl.PluralRules(INTL_TAG[fmt.locale], { type: 'ordinal' })
    ordinalRules.set(fmt.locale, rules)
  }
  const params = { n: fmt.number(n) }
  switch (rules.select(n)) {
    case 'one':
      return t('energy.ordinal.one', params)
    case 'two':
      return t('energy.ordinal.two', params)
    case 'few':
      return t('energy.ordinal.few', params)
    default:
      return t('energy.ordinal.other', params)
  }
}

/** A value in its unit, without the qualifier: "8.8%", "9.6 Mt/yr", "¥372.2 bn", "5th"; "656万トン". */
export function formatValue(i18n: EnergyI18n, value: number, unit: Figure['unit']): string {
  if (unit === 'rank') return ordinal(i18n, value)
  return i18n.t(UNIT_KEYS[unit], { value: formatUnitNumber(i18n, value, unit) })
}

function qualified(t: Translate, qualifier: Qualifier, value: string): string {
  return t(QUALIFIER_KEYS[qualifier], { value })
}

/** A figure as a source worded it: "about 60%", "9.6 Mt/yr"; "約60%". */
export function formatFigure(i18n: EnergyI18n, f: Pick<Figure, 'value' | 'unit' | 'qualifier'>): string {
  return qualified(i18n.t, f.qualifier, formatValue(i18n, f.value, f.unit))
}

/** "about 11.5 Mt/yr (RFE/RL, RT)". */
export function formatAlternative(
  i18n: EnergyI18n,
  a: AlternativeFigure,
  unit: Figure['unit'],
  sourceLabel: (ids: readonly string[]) => string,
): string {
  const value = formatFigure(i18n, { value: a.value, unit, qualifier: a.qualifier })
  return i18n.t('energy.alternative', { value, sources: sourceLabel(a.sourceIds) })
}

/** Items joined by semicolons (or the locale's equivalent), for lists whose items contain commas. */
export function semicolonList(t: Translate, items: readonly string[]): string {
  return items.reduce((first, rest) => (first === '' ? rest : t('energy.semicolonList', { first, rest })), '')
}

/** The span of the other reported values: "10–11.5 Mt/yr", "about 4%"; null when there are none. */
export function alternativeSpan(i18n: EnergyI18n, f: Figure): string | null {
  const values = f.alternatives.map((a) => a.value)
  if (values.length === 0) return null
  const low = Math.min(...values)
  const high = Math.max(...values)
  if (low === high) {
    const first = f.alternatives[0]
    return formatFigure(i18n, { value: low, unit: f.unit, qualifier: first?.qualifier ?? 'exact' })
  }
  const { t } = i18n
  if (f.unit === 'rank') return t('energy.range', { low: ordinal(i18n, low), high: ordinal(i18n, high) })
  const span = t('energy.range', {
    low: formatUnitNumber(i18n, low, f.unit),
    high: formatUnitNumber(i18n, high, f.unit),
  })
  return t(UNIT_KEYS[f.unit], { value: span })
}

/** The country the dataset's measures target, among the LNG suppliers. */
export interface TargetCountry {
  /** As the dataset names suppliers (in English), to find it among them. */
  name: string
  /** In the reader's language, for the text around the chart. */
  label: string
}

export function targetCountry(code: string, locale: Locale): TargetCountry {
  return { name: countryName(code), label: countryName(code, locale) }
}

/** "Australia supplied 35.8% of Japan's 74.32 Mt of LNG in 2021; Russia ranked 5th at 8.8%." */
export function summarizeLng(
  i18n: EnergyI18n,
  rows: readonly SupplierRow[],
  total: Figure | null,
  target: TargetCountry,
  year: number | null,
): string {
  const { t } = i18n
  const top = rows[0]
  if (top === undefined) return t('energy.lng.summary.none')
  const imports =
    total === null
      ? t('energy.lng.summary.ofImports')
      : t('energy.lng.summary.ofTotal', { total: formatFigure(i18n, total) })
  const share = formatFigure(i18n, top.share)
  // The year is a string: as a number it would be formatted "2,021".
  const lead =
    year === null
      ? t('energy.lng.summary.lead', { top: supplierName(i18n, top), share, imports })
      : t('energy.lng.summary.leadYear', { top: supplierName(i18n, top), share, imports, year: String(year) })
  const row = rows.find((r) => r.country === target.name)
  if (row === undefined) return t('energy.lng.summary.absent', { lead, target: target.label })
  if (row === top) return t('energy.lng.summary.first', { lead })
  const params = { lead, target: target.label, share: formatFigure(i18n, row.share) }
  return row.rank === null
    ? t('energy.lng.summary.unranked', params)
    : t('energy.lng.summary.ranked', { ...params, rank: ordinal(i18n, row.rank) })
}

/** "In 2021, Russia's share of Japan's crude oil imports: 3.6%; …" for the dependencies the dataset holds. */
export function summarizeDependencies(i18n: EnergyI18n, deps: ReadonlyArray<Dependency | null>): string {
  const { t } = i18n
  const held = deps.filter((d): d is Dependency => d !== null)
  const first = held[0]
  if (first === undefined) return t('energy.phaseOut.deps.none')
  const oneYear = held.every((d) => d.year === first.year)
  // Labels share their opening words ("Russia's share of Japan's …"): say them once.
  const prefix = held.length > 1 ? commonWordPrefix(held.map((d) => d.label)) : ''
  const items = held.map((d, i) => {
    const label = i === 0 ? d.label : d.label.slice(prefix.length)
    const share = formatFigure(i18n, d.share)
    return oneYear
      ? t('energy.phaseOut.deps.item', { label, share })
      : t('energy.phaseOut.deps.itemYear', { label, share, year: String(d.year) })
  })
  return oneYear
    ? t('energy.phaseOut.deps.oneYear', { year: String(first.year), items: semicolonList(t, items) })
    : t('energy.phaseOut.deps.manyYears', { items: semicolonList(t, items) })
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
export function eventKind(t: Translate, e: EnergyEvent, measures: readonly Measure[]): string {
  const m = e.measureId === null ? undefined : measures.find((x) => x.id === e.measureId)
  return m === undefined ? t('energy.kind.context') : measureKindLabel(t, m)
}

/** "2 of 4 oil and coal events shown, from 8 Apr 2022 (…) to 5 Dec 2022 (…)." */
export function summarizeEvents(i18n: EnergyI18n, shown: readonly EnergyEvent[], all: number): string {
  const { t, fmt } = i18n
  const first = shown[0]
  const last = shown[shown.length - 1]
  if (first === undefined || last === undefined) return t('energy.phaseOut.events.none', { count: all })
  const head =
    shown.length === all
      ? t('energy.phaseOut.events.all', { count: all })
      : t('energy.phaseOut.events.some', { shown: shown.length, count: all })
  if (first === last)
    return t('energy.phaseOut.events.single', { head, date: fmt.date(first.date), title: first.title })
  return t('energy.phaseOut.events.span', {
    head,
    firstDate: fmt.date(first.date),
    firstTitle: first.title,
    lastDate: fmt.date(last.date),
    lastTitle: last.title,
  })
}

/** A supplier's name in the reader's language (the English name stays the key for matching). */
export function supplierName(
  { fmt }: Pick<EnergyI18n, 'fmt'>,
  s: Pick<LngSupplier, 'country' | 'countryJa'>,
): string {
  return fmt.locale === 'ja' ? (s.countryJa ?? s.country) : s.country
}
