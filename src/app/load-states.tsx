import { DatasetLoadError } from '@/data/fetch-dataset'
import { formatProblem } from '@/data/validate-dataset'

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
}

const HEADLINES: Record<string, string> = {
  network: 'The dataset could not be downloaded.',
  http: 'The dataset could not be downloaded.',
  'not-json': 'The dataset file is damaged: it is not valid JSON.',
  'not-an-object': 'The dataset file is not in the dataset format.',
  'schema-version': 'The dataset is in a format version this dashboard does not read.',
  meta: 'The dataset’s description block is not valid.',
}

/** What failed, in words, and a way to try again. Never a blank page. */
export function LoadError({ error, retrying, onRetry }: LoadErrorProps) {
  const kind = error instanceof DatasetLoadError ? error.kind : 'unknown'
  const problems = error instanceof DatasetLoadError ? error.problems : []
  return (
    <div className="load-state notice notice-error" role="alert">
      <h2>{HEADLINES[kind] ?? 'The dataset could not be loaded.'}</h2>
      <p>{error.message}</p>
      {problems.length > 0 ? (
        <ul className="problem-list">
          {problems.map((p, i) => (
            <li key={i}>{formatProblem(p)}</li>
          ))}
        </ul>
      ) : null}
      <button type="button" onClick={onRetry} disabled={retrying}>
        {retrying ? 'Retrying…' : 'Retry'}
      </button>
    </div>
  )
}
