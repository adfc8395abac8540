/**
 * What a citation of the dashboard is made of, and the small pieces every style shares: dates, the
 * citation key, ending a part with a full stop. Pure: no React, no window, no clock (the caller gives the
 * access date).
 */
import type { Locale } from '@/lib/i18n/locales'
import { escapeHtml } from '@/lib/escape-html'

export interface CiteInput {
  /** The dataset's title in the reader's language. */
  title: string
  /** The title in English when the reader's is another language: APA and Chicago give it in brackets. */
  translatedTitle?: string | undefined
  /** The dataset's version, e.g. "2.0.0". */
  version: string
  /** The date the data are as of (the dataset's last update), YYYY-MM-DD. */
  asOf: string
  /** Who compiled the dataset (a person or an organisation), when the dataset names one. */
  publisher?: string | undefined
  /** The permalink of the exact view (filters, language, the figure's anchor). */
  url: string
  /** The day the reader looked, YYYY-MM-DD (local date). */
  accessed: string
  /** The page's language: the citation's own words follow it where a style has them in that language. */
  locale: Locale
  /** When one figure is cited, its title. */
  figureTitle?: string | undefined
}

/** A run of citation text, in italics or not: the dialog shows the italics, the copied HTML keeps them. */
export interface Segment {
  text: string
  italic?: boolean
}

export type Citation = readonly Segment[]

export interface IsoParts {
  year: number
  month: number
  day: number
}

/** "2025-12-17" → { year: 2025, month: 12, day: 17 }; throws on anything else (the caller's dates are checked). */
export function isoParts(date: string): IsoParts {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (m === null) throw new Error(`not a YYYY-MM-DD date: ${date}`)
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (month < 1 || month > 12 || day < 1 || day > 31) throw new Error(`not a calendar date: ${date}`)
  return { year, month, day }
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const

/** "December 17, 2025": the American order APA and Chicago use, whatever the page's language. */
export function monthDayYear(date: string): string {
  const { year, month, day } = isoParts(date)
  return `${MONTHS[month - 1] ?? ''} ${day}, ${year}`
}

/** "2025, December 17": APA's date of a work updated more often than once a year. */
export function yearMonthDay(date: string): string {
  const { year, month, day } = isoParts(date)
  return `${year}, ${MONTHS[month - 1] ?? ''} ${day}`
}

/** The text with a closing mark, unless it already ends with one ("Why?" stays "Why?", not "Why?."). */
export function terminate(text: string, mark = '.'): string {
  const trimmed = text.trim()
  return /[.!?。！？]$/.test(trimmed) ? trimmed : `${trimmed}${mark}`
}

/** The citation as plain text (italics dropped). */
export function plainText(citation: Citation): string {
  return citation.map((s) => s.text).join('')
}

/** The citation as an HTML fragment with <i> for italics, for pasting into a word processor. */
export function htmlText(citation: Citation): string {
  return citation
    .map((s) => {
      const text = escapeHtml(s.text)
      return s.italic === true ? `<i>${text}</i>` : text
    })
    .join('')
}

/** ASCII words of a text for a key or a file name: "Japan's sanctions on Russia" → "japans-sanctions-on-russia". */
function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
}

/**
 * The citation key (BibTeX's, CSL-JSON's id), the same in both languages: the English title's words, the
 * year of the data, and the figure's anchor when one figure is cited.
 * "japans-sanctions-on-russia-2025", "japans-sanctions-on-russia-2025-russia-japan-entry-bans".
 */
export function citationKey(input: CiteInput): string {
  const words = slug(input.translatedTitle ?? input.title) || 'dataset'
  const anchor = slug(decodeHash(input.url))
  return [words, String(isoParts(input.asOf).year), anchor].filter((p) => p !== '').join('-')
}

function decodeHash(url: string): string {
  const hash = url.indexOf('#')
  if (hash === -1) return ''
  try {
    return decodeURIComponent(url.slice(hash + 1))
  } catch {
    return url.slice(hash + 1)
  }
}
