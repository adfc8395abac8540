/** Pure geometry for the oil and coal time lines: where dates fall, month ticks, marker rows. No React. */
import type { Formatter } from '@/lib/format'
import { INTL_TAG, type Locale } from '@/lib/i18n/locales'

/** A date as UTC milliseconds. */
export function toTime(date: string): number {
  return Date.parse(`${date}T00:00:00Z`)
}

/** Where a date falls along [from, to], in % of the width, clamped to the edges. */
export function timePosition(date: string, from: string, to: string): number {
  const span = toTime(to) - toTime(from)
  if (!(span > 0)) return 0
  return Math.min(100, Math.max(0, ((toTime(date) - toTime(from)) / span) * 100))
}

/** First-of-month dates within [from, to], for a timeline's scale. */
export function monthStarts(from: string, to: string): string[] {
  const out: string[] = []
  const d = new Date(toTime(from))
  let t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + (d.getUTCDate() === 1 ? 0 : 1), 1)
  while (t <= toTime(to)) {
    out.push(new Date(t).toISOString().slice(0, 10))
    const n = new Date(t)
    t = Date.UTC(n.getUTCFullYear(), n.getUTCMonth() + 1, 1)
  }
  return out
}

/**
 * Rows for timeline markers: a marker closer than `minGap` (in % of the width) to the one before it in
 * the same row moves to the next row, so labels never overlap.
 */
export function stackMarkers(positions: readonly number[], minGap: number): number[] {
  const lastInRow: number[] = []
  return positions.map((p) => {
    let row = lastInRow.findIndex((q) => p - q >= minGap)
    if (row === -1) row = lastInRow.length
    lastInRow[row] = p
    return row
  })
}

const yearless = new Map<string, Intl.DateTimeFormat>()

/** The locale's date without its year, as the formatter words months ("9 May", "5月9日", "May", "5月"). */
function withoutYear(locale: Locale, day: boolean): Intl.DateTimeFormat {
  const key = `${locale}:${day}`
  let f = yearless.get(key)
  if (f === undefined) {
    const month = locale === 'ja' ? 'long' : 'short'
    f = new Intl.DateTimeFormat(INTL_TAG[locale], {
      month,
      ...(day ? { day: 'numeric' } : {}),
      timeZone: 'UTC',
    })
    yearless.set(key, f)
  }
  return f
}

/** "9 May" / "5月9日": the timeline's scale already names the year. */
export function dayMonth(fmt: Formatter, date: string): string {
  return withoutYear(fmt.locale, true).format(new Date(toTime(date)))
}

/** "Jan", "Feb" … for a first-of-month date; the first tick and each January also carry the year. */
export function monthLabel(fmt: Formatter, date: string, i: number): string {
  const d = new Date(toTime(date))
  return i === 0 || d.getUTCMonth() === 0 ? fmt.month(date) : withoutYear(fmt.locale, false).format(d)
}
