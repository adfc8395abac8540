/** What a loading job is doing, in words, and how far it is (0–1, or null when unknown). */
import { formatBytes } from '@/data/dataset-limits'
import type { JobProgress } from '@/data/worker-protocol'
import { formatNumber } from '@/lib/format'

export function progressWords(progress: JobProgress | null): string {
  if (progress === null) return 'Starting…'
  const { phase, done, total } = progress
  switch (phase) {
    case 'downloading':
      return total > 0
        ? `Downloading: ${formatBytes(done)} of ${formatBytes(total)}`
        : `Downloading: ${formatBytes(done)}`
    case 'reading':
      return `Reading the file: ${formatBytes(done)} of ${formatBytes(total)}`
    case 'parsing':
      return 'Parsing…'
    case 'validating':
      return `Checking records: ${formatNumber(done)} of ${formatNumber(total)}`
    case 'checking':
      return 'Checking reported totals…'
    case 'sending':
      return `Preparing the dashboard: ${formatNumber(done)} of ${formatNumber(total)} records`
  }
}

const PHASE_NAMES: Record<JobProgress['phase'], string> = {
  downloading: 'downloading',
  reading: 'reading the file',
  parsing: 'parsing',
  validating: 'checking records',
  checking: 'checking reported totals',
  sending: 'preparing the dashboard',
}

/** The phase alone, for screen readers: announced when it changes, not at every tick of the numbers. */
export function phaseName(progress: JobProgress | null): string {
  return progress === null ? 'starting' : PHASE_NAMES[progress.phase]
}

export function progressShare(progress: JobProgress | null): number | null {
  if (progress === null || progress.total <= 0) return null
  return Math.min(1, progress.done / progress.total)
}
