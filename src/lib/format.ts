/**
 * Number and date formatting for a locale. Dates in the dataset are calendar dates, so they are
 * formatted in UTC. Japanese can show era years (令和4年) instead of Gregorian ones.
 */
import { INTL_TAG, type Locale } from '@/lib/i18n/locales'

export interface FormatOptions {
  /** Japanese only: era years (令和4年4月12日) instead of Gregorian (2022年4月12日). */
  era?: boolean
}

export interface Formatter {
  locale: Locale
  era: boolean
  /** "2022-04-12" → "12 Apr 2022" / "2022年4月12日" / "令和4年4月12日"; not a date → unchanged. */
  date: (iso: string) => string
  /** "Apr 2022" / "2022年4月" / "令和4年4月" (for axis ticks). */
  month: (iso: string) => string
  /** "Apr" / "4月" (axis ticks within a year). */
  monthName: (iso: string) => string
  /** "2023" / "2023年" / "令和5年" (axis ticks over several years, range presets). */
  year: (iso: string) => string
  /** The year once when both dates share it: "23 Feb – 5 Dec 2022", "2022年2月23日～12月5日". */
  dateRange: (from: string, to: string) => string
  number: (n: number) => string
  /** 8.8 → "8.8%" (the value is already a percentage). */
  percent: (n: number, digits?: number) => string
  /** ["A", "B"] → "A, B" / "A、B". */
  list: (items: readonly string[]) => string
}

const toDate = (iso: string): Date | null => {
  const d = new Date(`${iso}T00:00:00Z`)
  return Number.isNaN(d.getTime()) ? null : d
}

const cache = new Map<string, Formatter>()

export function createFormatter(locale: Locale, options: FormatOptions = {}): Formatter {
  const era = locale === 'ja' && options.era === true
  const cacheKey = `${locale}:${era}`
  const cached = cache.get(cacheKey)
  if (cached !== undefined) return cached

  const tag = era ? `${INTL_TAG[locale]}-u-ca-japanese` : INTL_TAG[locale]
  const month = locale === 'ja' ? 'long' : 'short'
  const eraOption = era ? ({ era: 'long' } as const) : {}
  const full = new Intl.DateTimeFormat(tag, {
    ...eraOption,
    year: 'numeric',
    month,
    day: 'numeric',
    timeZone: 'UTC',
  })
  const noYear = new Intl.DateTimeFormat(tag, { month, day: 'numeric', timeZone: 'UTC' })
  const monthOnly = new Intl.DateTimeFormat(tag, { month, timeZone: 'UTC' })
  const monthYear = new Intl.DateTimeFormat(tag, { ...eraOption, year: 'numeric', month, timeZone: 'UTC' })
  const yearOnly = new Intl.DateTimeFormat(tag, { ...eraOption, year: 'numeric', timeZone: 'UTC' })
  const numbers = new Intl.NumberFormat(INTL_TAG[locale])
  const percents = new Map<number, Intl.NumberFormat>()
  const lists = new Intl.ListFormat(INTL_TAG[locale], { type: 'conjunction', style: 'narrow' })

  const withDate = (iso: string, format: (d: Date) => string) => {
    const d = toDate(iso)
    return d === null ? iso : format(d)
  }
  // A dataset has few distinct dates, shown again on every render (each goods row shows two).
  const dates = new Map<string, string>()
  const date = (iso: string) => {
    let text = dates.get(iso)
    if (text === undefined) {
      text = withDate(iso, (d) => full.format(d))
      if (dates.size < 5000) dates.set(iso, text)
    }
    return text
  }
  const formatter: Formatter = {
    locale,
    era,
    date,
    month: (iso) => withDate(iso, (d) => monthYear.format(d)),
    monthName: (iso) => withDate(iso, (d) => monthOnly.format(d)),
    year: (iso) => withDate(iso, (d) => yearOnly.format(d)),
    dateRange: (from, to) => {
      const a = toDate(from)
      const b = toDate(to)
      if (a === null || b === null) return `${date(from)} – ${date(to)}`
      const sameYear = a.getUTCFullYear() === b.getUTCFullYear()
      if (locale === 'ja') return `${full.format(a)}～${sameYear ? noYear.format(b) : full.format(b)}`
      return `${sameYear ? noYear.format(a) : full.format(a)} – ${full.format(b)}`
    },
    number: (n) => numbers.format(n),
    percent: (n, digits = 1) => {
      let f = percents.get(digits)
      if (f === undefined) {
        f = new Intl.NumberFormat(INTL_TAG[locale], { maximumFractionDigits: digits })
        percents.set(digits, f)
      }
      return `${f.format(n)}%`
    },
    list: (items) => lists.format(items),
  }
  cache.set(cacheKey, formatter)
  return formatter
}
