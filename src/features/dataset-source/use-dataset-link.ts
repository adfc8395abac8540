/** Starts the dataset a link asks for (`?data=`), and follows Back and Forward across a change of dataset. */
import { useEffect } from 'react'

import { BUNDLED_SOURCE } from '@/data/load/dataset-source'
import { currentDataParam, writeDataParam } from '@/features/dataset-source/data-param-history'
import {
  backToBundled,
  LINK_JOB_ID,
  openRequest,
  useLoaderStore,
} from '@/features/dataset-source/loader-store'

export function useDatasetLink(): void {
  useEffect(() => {
    const { job, failure } = useLoaderStore.getState()
    // Started once: under StrictMode the effect runs twice, and the second run finds the job started.
    if (job?.id === LINK_JOB_ID) {
      openRequest({ kind: 'url', url: job.label }, null, { initial: true, history: 'none' })
    }
    // A failure labelled null is the link's own address, refused: the link drops it.
    if (failure !== null && failure.label === null) writeDataParam(BUNDLED_SOURCE, 'replace')
    const onPopState = () => {
      const next = currentDataParam()
      const shown = useLoaderStore.getState().opened?.source
      if (next.kind === 'url' && !(shown?.kind === 'url' && shown.url === next.url)) {
        openRequest({ kind: 'url', url: next.url }, null, { history: 'none' })
      } else if (next.kind === 'none' && shown?.kind === 'url') backToBundled('none')
    }
    window.addEventListener('popstate', onPopState)
    return () => window.removeEventListener('popstate', onPopState)
  }, [])
}
