/** Limits that keep a hostile or oversized dataset from exhausting the tab. */
import { clipMiddle } from '@/data/load/dataset-source'
import type { FatalError } from '@/data/validate/validate-dataset'
import { said, type Said } from '@/lib/i18n/said'

/** Files and downloads above this size are refused before a byte is read. */
export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024

/**
 * Records read from one dataset. A million records work; far more would exhaust the tab's memory when
 * the valid ones are handed to the page.
 */
export const MAX_RECORDS = 2_000_000

/** Objects and lists in a JSON file: refused before parsing above this, as parsing them would need gigabytes. */
export const MAX_CONTAINERS = 15_000_000

/** Problems kept for the report; the rest are counted, so a million bad records cannot fill memory. */
export const MAX_PROBLEMS_KEPT = 10_000

/** Problems listed on the page; the report download holds every problem kept. */
export const MAX_PROBLEMS_SHOWN = 200

// Unit symbols, the same in every language.
const UNITS = ['B', 'KB', 'MB', 'GB'] as const

/**
 * 1536 → "1.5 KB", 209715200 → "200 MB" (binary multiples, as file managers show them). The units are
 * the same in Japanese file managers, so this is shared by both languages.
 */
export function formatBytes(bytes: number): string {
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024
    unit += 1
  }
  const shown = unit === 0 || value >= 100 ? Math.round(value) : Math.round(value * 10) / 10
  return `${shown} ${UNITS[unit] ?? 'B'}`
}

/** The refusal for a file over the limit, or null when the size is fine. */
export function sizeRefusal(name: string, size: number, maxBytes = DEFAULT_MAX_BYTES): Said | null {
  if (size <= maxBytes) return null
  return said('dataset.fatal.fileTooLarge', {
    name: clipMiddle(name, 80),
    size: formatBytes(size),
    max: formatBytes(maxBytes),
  })
}

/** The worker's refusal of files, together over the limit, before reading them. */
export function filesTooLarge(size: number, maxBytes: number): FatalError {
  const message = said('dataset.fatal.filesTooLarge', { size: formatBytes(size), max: formatBytes(maxBytes) })
  return { kind: 'too-large', message, problems: [] }
}
