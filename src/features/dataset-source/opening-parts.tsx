/**
 * The parts for opening a dataset, each loaded with its words (i18n/en/opening.ts, problems.ts) when first
 * shown, not with the first screen: the Open dataset dialog, a dataset's progress, the report of rejected
 * records, and the list of a failed dataset's problems.
 * prefetchOpeningParts fetches them in idle time after start-up, so that opening one waits for nothing.
 */
import { lazyPart } from '@/components/lazy-part'
import { whenIdle } from '@/lib/idle'

const dialog = lazyPart(() => import('@/features/dataset-source/open-dataset-dialog'), 'OpenDatasetDialog', {
  name: 'Open dataset',
  failure: 'dialog',
})
const progress = lazyPart(() => import('@/features/dataset-source/load-progress'), 'LoadProgress', {
  name: 'progress',
})
const report = lazyPart(() => import('@/features/dataset-source/validation-report'), 'ValidationReport', {
  name: 'validation report',
  fallback: null,
})
const problemList = lazyPart(() => import('@/features/dataset-source/problem-list'), 'ProblemList', {
  name: 'problems',
  fallback: null,
})

export const OpenDatasetDialog = dialog.Part
export const LoadProgress = progress.Part
export const ValidationReport = report.Part
export const ProblemList = problemList.Part

/** Fetches the parts once the browser is idle; returns a function that cancels it if not yet started. */
export function prefetchOpeningParts(): () => void {
  return whenIdle(() => {
    void dialog.prefetch()
    void progress.prefetch()
    void report.prefetch()
    void problemList.prefetch()
  }, 5000)
}
