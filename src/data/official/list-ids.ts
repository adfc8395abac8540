/**
 * The official lists and the kinds of listed party, without the checker (zod): the URL's view state
 * names a list, and must not pull the checker into the first screen.
 */
export const LIST_IDS = [
  'mof-russia-individuals',
  'mof-russia-organisations',
  'mof-russia-banks',
  'mof-crimea-individuals',
  'mof-crimea-organisations',
  'mof-belarus-individuals',
  'mof-belarus-organisations',
  'mof-belarus-banks',
  'mof-other-individuals',
  'mof-other-organisations',
  'mof-other-banks',
  'meti-russia',
  'meti-belarus',
  'meti-third-countries',
] as const
export type ListId = (typeof LIST_IDS)[number]

export const KINDS = ['individual', 'organisation', 'bank'] as const
export type Kind = (typeof KINDS)[number]

/** The tallies the lists can count, as the timeline names them (goods are not on the lists). */
export const RECONCILED = ['individuals', 'entities', 'banks', 'export-entities', 'export-third'] as const
export type Reconciled = (typeof RECONCILED)[number]
