import { useEffect, type ReactNode } from 'react'

import { DashboardHeader } from '@/app/dashboard-header'
import { backToBundled } from '@/features/dataset-source/loader-store'
import { useDashboardStore } from '@/state/store'
import { useI18n } from '@/state/use-i18n'

const noSources = () => undefined
const goBack = () => backToBundled()

/**
 * The page while no dataset is on screen (it is loading, or it failed): the header stays, with its language
 * switch and "Open dataset…", and what happened sits where the panels would be. Never a bare message.
 */
export function PageFrame({ children }: { children: ReactNode }) {
  const { t } = useI18n()
  const openDatasetDialog = useDashboardStore((s) => s.openDatasetDialog)
  const title = t('app.title')
  useEffect(() => {
    document.title = title
  }, [title])
  return (
    <>
      <DashboardHeader
        meta={null}
        sourceCount={null}
        onOpenSources={noSources}
        source={null}
        onOpenDataset={openDatasetDialog}
        onBackToBundled={goBack}
      />
      <main id="main" className="page" tabIndex={-1}>
        {children}
      </main>
    </>
  )
}

interface DashboardFailureProps {
  error: Error
  onRetry: () => void
  /** For a dataset the reader opened: a way to the bundled one instead. */
  onUseBundled?: () => void
}

/** The dashboard itself failed to render (a dataset it cannot show): said in the frame, with a way out. */
export function DashboardFailure({ error, onRetry, onUseBundled }: DashboardFailureProps) {
  const { t } = useI18n()
  return (
    <div className="load-state notice notice-error" role="alert">
      <p>{t('app.failed', { error: error.message })}</p>
      <div className="button-row">
        <button type="button" onClick={onRetry}>
          {t('panel.retry')}
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
