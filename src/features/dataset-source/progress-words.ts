/** What a loading job is doing, in words, and how far it is (0–1, or null when unknown). */
import { formatBytes } from '@/data/load/dataset-limits'
import type { JobPhase, JobProgress } from '@/data/load/worker-protocol'
import type { Translate } from '@/lib/i18n/translate'

export function progressWords(t: Translate, progress: JobProgress | null): string {
  if (progress === null) return t('dataset.progress.starting')
  const { phase, done, total } = progress
  switch (phase) {
    case 'downloading':
      return total > 0
        ? t('dataset.progress.downloading', { done: formatBytes(done), total: formatBytes(total) })
        : t('dataset.progress.downloadingUnknown', { done: formatBytes(done) })
    case 'reading':
      return t('dataset.progress.reading', { done: formatBytes(done), total: formatBytes(total) })
    case 'parsing':
      return t('dataset.progress.parsing')
    case 'validating':
      return t('dataset.progress.validating', { done, total })
    case 'checking':
      return t('dataset.progress.checking')
    case 'sending':
      return t('dataset.progress.sending', { done, total })
  }
}

/** Phases whose words say only that work goes on ("Parsing…"), with no figures to end a sentence on. */
export function isOpenEnded(progress: JobProgress | null): boolean {
  return progress === null || progress.phase === 'parsing' || progress.phase === 'checking'
}

const PHASE_KEYS: { [P in JobPhase]: `dataset.phase.${P}` } = {
  downloading: 'dataset.phase.downloading',
  reading: 'dataset.phase.reading',
  parsing: 'dataset.phase.parsing',
  validating: 'dataset.phase.validating',
  checking: 'dataset.phase.checking',
  sending: 'dataset.phase.sending',
}

/** The phase alone, for screen readers: announced when it changes, not at every tick of the numbers. */
export function phaseName(t: Translate, progress: JobProgress | null): string {
  return progress === null ? t('dataset.phase.starting') : t(PHASE_KEYS[progress.phase])
}

export function progressShare(progress: JobProgress | null): number | null {
  if (progress === null || progress.total <= 0) return null
  return Math.min(1, progress.done / progress.total)
}
