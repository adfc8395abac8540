import { OpenFailure } from '@/features/dataset-source/open-failure'
import { LoadProgress } from '@/features/dataset-source/load-progress'
import { dismissFailure, openRequest, useLoaderStore } from '@/features/dataset-source/loader-store'
import type { OpenContext } from '@/data/load/open-dataset'
import { useI18n } from '@/state/use-i18n'

interface DatasetStatusProps {
  /** The dataset on screen, in words: it stays there whatever happens to the one being opened. */
  kept: string
  base: OpenContext['base']
}

/** Above the dashboard: the progress of a dataset being opened, or why it could not be. */
export function DatasetStatus({ kept, base }: DatasetStatusProps) {
  const { t } = useI18n()
  const job = useLoaderStore((s) => s.job)
  const failure = useLoaderStore((s) => s.failure)
  if (job !== null) return <LoadProgress job={job} cancelNote={t('dataset.progress.cancelKeeps', { kept })} />
  if (failure === null) return null
  const retry = failure.retry
  return (
    <OpenFailure
      failure={failure}
      kept={kept}
      onRetry={retry === null || retry.kind === 'files' ? null : () => openRequest(retry, base)}
      onDismiss={dismissFailure}
    />
  )
}
