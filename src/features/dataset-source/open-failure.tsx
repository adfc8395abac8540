import { MAX_PROBLEMS_SHOWN } from '@/data/load/dataset-limits'
import { clipMiddle } from '@/data/load/dataset-source'
import { DATA_PARAM } from '@/data/load/data-param'
import { describeLoadError } from '@/data/load/load-error'
import type { LoadFailure } from '@/features/dataset-source/loader-store'
import { failureHeadline } from '@/features/dataset-source/failure-words'
import { ProblemList } from '@/features/dataset-source/opening-parts'
import { useI18n } from '@/state/use-i18n'

interface OpenFailureProps {
  failure: LoadFailure
  /** What is still on screen, in words ("the bundled dataset"). */
  kept: string
  onRetry: (() => void) | null
  onDismiss: () => void
}

/** A dataset that could not be opened: what failed, exactly, and the reassurance that nothing shown was lost. */
export function OpenFailure({ failure, kept, onRetry, onDismiss }: OpenFailureProps) {
  const { t } = useI18n()
  const { error } = failure
  const shown = error.problems.slice(0, MAX_PROBLEMS_SHOWN)
  const label = failure.label === null ? t('dataset.failure.theLink') : clipMiddle(failure.label, 80)
  const message =
    failure.label === null
      ? t('dataset.failure.ignoredParam', { param: DATA_PARAM, reason: describeLoadError(t, error) })
      : describeLoadError(t, error)
  return (
    <div className="notice notice-error open-failure" role="alert">
      <p>
        <strong>{t('dataset.failure.title', { headline: failureHeadline(t, error.kind), label })}</strong>
      </p>
      <p className="open-failure-message">{message}</p>
      {shown.length > 0 ? <ProblemList problems={shown} /> : null}
      {error.problems.length > shown.length ? (
        <p>{t('dataset.failure.moreProblems', { count: error.problems.length - shown.length })}</p>
      ) : null}
      <p className="muted">{t('dataset.failure.stillShowing', { kept })}</p>
      <div className="button-row">
        {onRetry === null ? null : (
          <button type="button" onClick={onRetry}>
            {t('dataset.retry')}
          </button>
        )}
        <button type="button" onClick={onDismiss}>
          {t('common.dismiss')}
        </button>
      </div>
    </div>
  )
}
