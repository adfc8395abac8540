/** Accessibility words: keyboard help, announcements of chart values. */
export const a11y = {
  'a11y.tally.point': '{date}: +{added}, {total} in total',
  'a11y.tally.pointRemoved': '{date}: {removed} removed from the list, {total} in total',
  'a11y.tally.pointReported': '{date}: +{added}, {total} in total; reported total {reported} differs',
  'a11y.lng.bar': '{country}: {value}',
  'a11y.lng.barRanked': '{country}, {rank}: {value}',
} as const
