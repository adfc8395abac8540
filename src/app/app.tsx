import { useQuery } from '@tanstack/react-query'
import { Suspense, useDeferredValue, useEffect, useLayoutEffect, useMemo, useState } from 'react'

import { Dashboard } from '@/app/dashboard'
import { LoadError, LoadingState } from '@/app/load-states'
import { DashboardFailure, PageFrame } from '@/app/page-frame'
import { lazyPart } from '@/components/lazy-part'
import { PanelBoundary } from '@/components/panel-boundary'
import { datasetQueryOptions } from '@/data/dataset-query'
import { BUNDLED_SOURCE } from '@/data/load/dataset-source'
import type { OpenedDataset, OpenRequest } from '@/data/load/open-dataset'
import { DropOverlay } from '@/features/dataset-source/drop-overlay'
import { backToBundled, openRequest, useLoaderStore } from '@/features/dataset-source/loader-store'
import {
  LoadProgress,
  OpenDatasetDialog,
  prefetchOpeningParts,
} from '@/features/dataset-source/opening-parts'
import { useDatasetLink } from '@/features/dataset-source/use-dataset-link'
import { useDashboardStore } from '@/state/store'
import { parseEmbed } from '@/lib/embed-figures'
import { DeferredLocale, useI18n } from '@/state/use-i18n'
import { useUrlSync } from '@/state/use-url-sync'

const goBack = () => backToBundled()

// One figure alone, for an <iframe>: its code loads only in an embed (fetched at once there, see below).
const embedFrame = lazyPart(() => import('@/app/embed/embed-frame'), 'EmbedFrame', {
  name: 'embed',
  fallback: <LoadingState />,
})
const EmbedFrame = embedFrame.Part

/** A number per dataset object, for the dashboard's key. */
const datasetIds = new WeakMap<object, number>()
let nextDatasetId = 0

/**
 * The dashboard starts afresh for another dataset (every load makes a new one), but not for a workbook
 * laid over the one on screen: its panels keep their state and only those that read the lists redraw.
 */
function dashboardKey(shown: OpenedDataset): string {
  let id = datasetIds.get(shown.dataset)
  if (id === undefined) {
    id = nextDatasetId++
    datasetIds.set(shown.dataset, id)
  }
  return `dataset-${id}`
}

export function App() {
  useUrlSync()
  useDatasetLink()
  const { t } = useI18n()
  const opened = useLoaderStore((s) => s.opened)
  const linkJob = useLoaderStore((s) => (s.opened === null && s.job?.initial === true ? s.job : null))
  const linkFailure = useLoaderStore((s) =>
    s.opened === null && s.failure?.initial === true ? s.failure : null,
  )
  const dialogOpen = useDashboardStore((s) => s.datasetDialogOpen)
  const closeDialog = useDashboardStore((s) => s.closeDatasetDialog)
  // The dialog's code loads when it is first opened (or in idle time before); it then stays mounted.
  const [dialogWanted, setDialogWanted] = useState(dialogOpen)
  if (dialogOpen && !dialogWanted) setDialogWanted(true)
  useEffect(() => prefetchOpeningParts(), [])
  // A link to another dataset shows only that one: the bundled dataset is fetched only when it is shown.
  const linkOnly = linkJob !== null || linkFailure !== null
  const query = useQuery({ ...datasetQueryOptions(), enabled: opened === null && !linkOnly })
  // `?embed=<figure>`: one figure alone, for an <iframe>. Read once: an embed never navigates. An
  // embed needs its frame's code, so that is fetched here, alongside the dataset rather than after it.
  const embed = useMemo(() => {
    const parsed = parseEmbed(window.location.search)
    if (parsed.kind === 'figure') void embedFrame.prefetch()
    return parsed
  }, [])
  useLayoutEffect(() => {
    // The build's prerendered snapshot (scripts/prerender-default-view.ts) shows the bundled dataset; a link to another
    // dataset must not show it while that one loads, so the live page (its progress bar) takes over. An
    // embedded figure never shows the whole dashboard.
    if (linkOnly || embed.kind === 'figure') document.getElementById('prerender')?.remove()
  }, [linkOnly, embed])
  const bundled = useMemo<OpenedDataset | null>(
    () =>
      query.data === undefined
        ? null
        : { ...query.data, source: BUNDLED_SOURCE, loadedAt: new Date().toISOString() },
    [query.data],
  )
  const shown = opened ?? (linkOnly ? null : bundled)
  // A dataset arriving (or another one opened) is rendered as a transition, which React splits into
  // short slices, instead of in the store update's own task (a 100,000-goods dataset: one 60 ms task).
  const dashboard = useDeferredValue(shown)
  const open = (request: OpenRequest) =>
    openRequest(request, shown === null ? null : { dataset: shown.dataset, source: shown.source })

  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          // Focus <main> without writing #main into the URL, which shared links and exports carry.
          e.preventDefault()
          document.getElementById('main')?.focus()
        }}
      >
        {t('app.skipLink')}
      </a>
      {embed.kind === 'unknown' ? (
        <p className="notice" role="note">
          {t('embed.unknown', { value: embed.value })}
        </p>
      ) : null}
      {dashboard !== null && embed.kind === 'figure' ? (
        <DeferredLocale>
          <PanelBoundary key={dashboardKey(dashboard)} name="embed">
            <EmbedFrame figure={embed.figure} shown={dashboard} />
          </PanelBoundary>
        </DeferredLocale>
      ) : dashboard !== null ? (
        // A dashboard that fails to render is said inside the page's frame, like any other failure.
        <DeferredLocale>
          <PanelBoundary
            key={dashboardKey(dashboard)}
            name="dashboard"
            fallback={(error, retry) => (
              <PageFrame>
                <DashboardFailure
                  error={error}
                  onRetry={retry}
                  onUseBundled={dashboard.source.kind === 'bundled' ? undefined : goBack}
                />
              </PageFrame>
            )}
          >
            <Dashboard shown={dashboard} />
          </PanelBoundary>
        </DeferredLocale>
      ) : (
        <PageFrame>
          {linkJob !== null ? (
            <Suspense fallback={<LoadingState />}>
              <LoadProgress job={linkJob} />
            </Suspense>
          ) : linkFailure !== null ? (
            <LoadError
              error={linkFailure.error}
              retrying={false}
              onRetry={() => {
                if (linkFailure.retry !== null) {
                  openRequest(linkFailure.retry, null, { initial: true, history: 'none' })
                }
              }}
              onUseBundled={goBack}
            />
          ) : query.isError ? (
            <LoadError error={query.error} retrying={query.isFetching} onRetry={() => void query.refetch()} />
          ) : (
            <LoadingState />
          )}
        </PageFrame>
      )}
      {embed.kind === 'figure' ? null : <DropOverlay onFiles={(files) => open({ kind: 'files', files })} />}
      {dialogWanted ? (
        <Suspense fallback={null}>
          <OpenDatasetDialog
            open={dialogOpen}
            onClose={closeDialog}
            onFiles={(files) => open({ kind: 'files', files })}
            onUrl={(url) => open({ kind: 'url', url })}
          />
        </Suspense>
      ) : null}
    </>
  )
}
