import { MAX_PROBLEMS_SHOWN } from '@/data/dataset-limits'
import { clipMiddle } from '@/data/dataset-source'
import { formatProblem } from '@/data/format-problem'
import type { LoadFailure } from '@/features/dataset-source/loader-store'
import { failureHeadline } from '@/features/dataset-source/failure-words'
import { formatNumber } from '@/lib/format'

interface OpenFailureProps {
  failure: LoadFailure
  /** What is still on screen, in words ("the bundled dataset"). */
  kept: string
  onRetry: (() => void) | null
  onDismiss: () => void
}

/** A dataset that could not be opened: what failed, exactly, and the reassurance that nothing shown was lost. */
export function OpenFailure({ failure, kept, onRetry, onDismiss }: OpenFailureProps) {
  const { error } = failure
  const shown = error.problems.slice(0, MAX_PROBLEMS_SHOWN)
  return (
    <div className="notice notice-error open-failure" role="alert">
      <p>
        <strong>
          {failureHeadline(error.kind)} ({clipMiddle(failure.label, 80)})
        </strong>
      </p>
      <p className="open-failure-message">{error.message}</p>
      {shown.length > 0 ? (
        <ul className="problem-list">
          {shown.map((p, i) => (
            <li key={i}>{formatProblem(p)}</li>
          ))}
        </ul>
      ) : null}
      {error.problems.length > shown.length ? (
        <p>and {formatNumber(error.problems.length - shown.length)} more problems.</p>
      ) : null}
      <p className="muted">Still showing {kept}.</p>
      <div className="button-row">
        {onRetry === null ? null : (
          <button type="button" onClick={onRetry}>
            Retry
          </button>
        )}
        <button type="button" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    </div>
  )
}
