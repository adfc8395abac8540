import { OpenFailure } from '@/features/dataset-source/open-failure'
import { LoadProgress } from '@/features/dataset-source/opening-parts'
import { dismissFailure, openRequest, useLoaderStore } from '@/features/dataset-source/loader-store'
import type { OpenContext } from '@/data/load/open-dataset'
import { Suspense } from 'react'

interface DatasetStatusProps {
  /** The dataset on screen, in words: it stays there whatever happens to the one being opened. */
  kept: string
  base: OpenContext['base']
}

/** Above the dashboard: the progress of a dataset being opened, or why it could not be. */
export function DatasetStatus({ kept, base }: DatasetStatusProps) {
  const job = useLoaderStore((s) => s.job)
  const failure = useLoaderStore((s) => s.failure)
  if (job !== null) {
    return (
      <Suspense fallback={null}>
        <LoadProgress job={job} kept={kept} />
      </Suspense>
    )
  }
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
