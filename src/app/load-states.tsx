import { DatasetLoadError } from '@/data/load/fetch-dataset'
import { describeLoadError } from '@/data/load/load-error'
import { failureHeadline } from '@/features/dataset-source/failure-words'
import { ProblemList } from '@/features/dataset-source/opening-parts'
import { useI18n } from '@/state/use-i18n'

export function LoadingState() {
  const { t } = useI18n()
  return (
    <div className="load-state" role="status" aria-live="polite">
      <p>{t('dataset.loading.text')}</p>
      <progress aria-label={t('dataset.loading.label')} />
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
  const { t } = useI18n()
  const kind = error instanceof DatasetLoadError ? error.kind : null
  const problems = error instanceof DatasetLoadError ? error.problems : []
  return (
    <div className="load-state notice notice-error" role="alert">
      <h2>{failureHeadline(t, kind)}</h2>
      <p className="open-failure-message">{describeLoadError(t, error)}</p>
      {problems.length > 0 ? <ProblemList problems={problems} /> : null}
      <div className="button-row">
        <button type="button" onClick={onRetry} disabled={retrying}>
          {retrying ? t('dataset.retrying') : t('dataset.retry')}
        </button>
        {onUseBundled === undefined ? null : (
          <button type="button" onClick={onUseBundled}>
            {t('dataset.useBundled')}
          </button>
        )}
      </div>
    </div>
  )
}
