/** Number and date formatting. Dates in the dataset are calendar dates, so they are formatted in UTC. */

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
})
const numberFormat = new Intl.NumberFormat('en-GB')

/** "2022-04-12" → "12 Apr 2022". Returns the input unchanged if it is not a date. */
export function formatDate(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`)
  return Number.isNaN(d.getTime()) ? iso : dateFormat.format(d)
}

/** "2022-02-23", "2022-12-05" → "23 Feb – 5 Dec 2022" (the year once when both dates share it). */
export function formatDateRange(from: string, to: string): string {
  const a = formatDate(from)
  const b = formatDate(to)
  if (from.slice(0, 4) === to.slice(0, 4)) return `${a.replace(/ \d{4}$/, '')} – ${b}`
  return `${a} – ${b}`
}

export function formatNumber(n: number): string {
  return numberFormat.format(n)
}

/** "1 source", "2 sources". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`
}
