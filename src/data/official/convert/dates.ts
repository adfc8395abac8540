/** The date forms the lists use, read into ISO yyyy-mm-dd without trusting any locale. */

const pad = (n: number): string => String(n).padStart(2, '0')

/** An ISO date for a real calendar day, else null (2022.2.30 is not a date). */
export function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null
  return `${year}-${pad(month)}-${pad(day)}`
}

const DAY_MS = 86_400_000

/**
 * An Excel serial day number as an ISO date. Day 0 is 1899-12-30 in the 1900 system (Excel's phantom
 * 29 Feb 1900 makes serials below 61 one day off; no birth date on these lists is that old) and
 * 1904-01-01 in the 1904 system.
 */
export function excelSerialToIso(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial) || serial < 1) return null
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30)
  const date = new Date(epoch + Math.floor(serial) * DAY_MS)
  return date.toISOString().slice(0, 10)
}

export interface NoticeDates {
  designated: string | null
  revised: string[]
  delisted: string | null
}

/**
 * A MOF 告示日付 cell: `2022.4.12`, with `…改訂` revision lines under it, or a lone `…削除` delisting.
 * Null when a line is not one of these forms.
 */
export function parseNoticeDates(lines: readonly string[]): NoticeDates | null {
  const result: NoticeDates = { designated: null, revised: [], delisted: null }
  for (const line of lines) {
    const match = /^(\d{4})\s*[.．/]\s*(\d{1,2})\s*[.．/]\s*(\d{1,2})\s*(改訂|削除)?$/.exec(line)
    if (!match) return null
    const date = isoDate(Number(match[1]), Number(match[2]), Number(match[3]))
    if (date === null) return null
    if (match[4] === '改訂') result.revised.push(date)
    else if (match[4] === '削除') {
      if (result.delisted !== null) return null
      result.delisted = date
    } else if (result.designated === null) result.designated = date
    else return null
  }
  if (result.designated === null && result.delisted === null) return null
  return result
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]

/**
 * A birth date written as text: `1952年10月7日` or `Tuesday, October 07, 1952` become ISO; anything
 * else (a year, two possible dates, a day without a year) is kept as written.
 */
export function parseBirthText(text: string): string {
  const ja = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/.exec(text)
  if (ja) return isoDate(Number(ja[1]), Number(ja[2]), Number(ja[3])) ?? text
  const en = /^(?:[A-Za-z]+,\s*)?([A-Za-z]+)\s+(\d{1,2}),\s*(\d{4})$/.exec(text)
  if (en) {
    const month = MONTHS.indexOf((en[1] ?? '').toLowerCase()) + 1
    if (month > 0) return isoDate(Number(en[3]), month, Number(en[2])) ?? text
  }
  return text
}

/** A METI header date: `2022 年03月01 日` (the PDF text puts spaces anywhere). */
export function parseJapaneseDate(text: string): string | null {
  const match = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(text.normalize('NFKC'))
  return match ? isoDate(Number(match[1]), Number(match[2]), Number(match[3])) : null
}
