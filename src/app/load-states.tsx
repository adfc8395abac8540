import { MAX_PROBLEMS_SHOWN } from '@/data/dataset-limits'
import { DatasetLoadError } from '@/data/fetch-dataset'
import { formatProblem } from '@/data/format-problem'
import { failureHeadline } from '@/features/dataset-source/failure-words'

export function LoadingState() {
  return (
    <div className="load-state" role="status" aria-live="polite">
      <p>Loading the sanctions dataset…</p>
      <progress aria-label="Loading the sanctions dataset" />
    </div>
  )
}

interface LoadErrorProps {
  error: Error
  retrying: boolean
  onRetry: () => void
  /** For a dataset opened from a link: a way to the bundled dataset instead. */
  onUseBundled?: () => void
}

/** What failed, in words, and a way to try again. Never a blank page. */
export function LoadError({ error, retrying, onRetry, onUseBundled }: LoadErrorProps) {
  const kind = error instanceof DatasetLoadError ? error.kind : 'unknown'
  const problems = error instanceof DatasetLoadError ? error.problems : []
  return (
    <div className="load-state notice notice-error" role="alert">
      <h2>{failureHeadline(kind)}</h2>
      <p className="open-failure-message">{error.message}</p>
      {problems.length > 0 ? (
        <ul className="problem-list">
          {problems.slice(0, MAX_PROBLEMS_SHOWN).map((p, i) => (
            <li key={i}>{formatProblem(p)}</li>
          ))}
        </ul>
      ) : null}
      <div className="button-row">
        <button type="button" onClick={onRetry} disabled={retrying}>
          {retrying ? 'Retrying…' : 'Retry'}
        </button>
        {onUseBundled === undefined ? null : (
          <button type="button" onClick={onUseBundled}>
            Open the bundled dataset instead
          </button>
        )}
      </div>
    </div>
  )
}
