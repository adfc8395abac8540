/** The date-range presets: one per calendar year the dataset covers, and the whole period. Pure. */

export interface YearRange {
  year: number
  /** The first day of the year, or the coverage's first day if later. */
  from: string
  /** The last day of the year, or the coverage's last day if earlier. */
  to: string
}

/**
 * One range per calendar year within the coverage, clipped to it, so the 2022 preset of a dataset
 * that starts on 23 Feb 2022 is 2022-02-23 – 2022-12-31. A link with a typed range is left as it is.
 */
export function yearRanges(coverage: { from: string; to: string }): YearRange[] {
  const first = Number(coverage.from.slice(0, 4))
  const last = Number(coverage.to.slice(0, 4))
  const ranges: YearRange[] = []
  for (let year = first; year <= last && ranges.length < 200; year++) {
    const from = `${year}-01-01`
    const to = `${year}-12-31`
    ranges.push({
      year,
      from: from < coverage.from ? coverage.from : from,
      to: to > coverage.to ? coverage.to : to,
    })
  }
  return ranges
}

/**
 * The year whose preset a range matches: both ends inside that year, each at the year's (or the
 * coverage's) edge or open. null for the whole period or any other range.
 */
export function presetYear(
  range: { from: string | null; to: string | null },
  coverage: { from: string; to: string },
): number | null {
  if (range.from === null && range.to === null) return null
  const match = yearRanges(coverage).find(
    (r) =>
      (range.from === r.from || range.from === `${r.year}-01-01`) &&
      (range.to === r.to || range.to === `${r.year}-12-31`),
  )
  return match?.year ?? null
}
