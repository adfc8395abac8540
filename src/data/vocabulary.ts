/**
 * The dataset's fixed vocabulary and formats, without zod, so the page's start-up code (URL state,
 * filters) can use them while the validator and its schemas stay in the worker's bundle.
 */

export const MEASURE_TYPES = [
  'asset_freeze',
  'export_ban',
  'import_ban',
  'entry_ban',
  'visa_suspension',
  'financial',
  'investment_ban',
  'trade_status',
  'diplomatic',
  'energy_policy',
  'asset_seizure',
  'service_ban',
] as const

/** The ministries' category for Crimea, Sevastopol and the occupied east and south of Ukraine (a target country). */
export const OCCUPIED_UKRAINE = 'UA-occupied'

/** How sure the dataset is of a record, most sure first. */
export const CONFIDENCES = ['high', 'medium', 'low'] as const

export const ID_PATTERN = /^[a-z0-9][a-z0-9._-]{0,79}$/

export const isRecordId = (s: string): boolean => ID_PATTERN.test(s)

/** A real calendar date written YYYY-MM-DD, between 1990-01-01 and 2100-12-31. */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false
  const d = new Date(`${s}T00:00:00Z`)
  return (
    !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s && s >= '1990-01-01' && s <= '2100-12-31'
  )
}
