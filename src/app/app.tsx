import { useQuery } from '@tanstack/react-query'
import { lazy, Suspense, useMemo } from 'react'

import { DashboardFooter } from '@/app/dashboard-footer'
import { DashboardHeader } from '@/app/dashboard-header'
import { DatasetNotices } from '@/app/dataset-notices'
import { LoadError, LoadingState } from '@/app/load-states'
import { UrlNotices } from '@/app/url-notices'
import { PanelSection } from '@/components/panel-section'
import { datasetQueryOptions } from '@/data/dataset-query'
import type { LoadedDataset } from '@/data/fetch-dataset'
import { runConsistencyChecks } from '@/data/shape/consistency'
import { FilterBar } from '@/features/filters/filter-bar'
import { TimelinePanel } from '@/features/timeline/timeline-panel'
import { useDashboardStore } from '@/state/store'
import { useUrlSync } from '@/state/use-url-sync'

// Below the first screen: loaded in parallel after the shell, so the timeline paints sooner.
const GoodsPanel = lazy(() => import('@/features/goods/goods-panel').then((m) => ({ default: m.GoodsPanel })))
const EnergyPanel = lazy(() =>
  import('@/features/energy/energy-panel').then((m) => ({ default: m.EnergyPanel })),
)
const SourcesDialog = lazy(() =>
  import('@/components/sources-dialog').then((m) => ({ default: m.SourcesDialog })),
)

function PanelLoading({ what }: { what: string }) {
  return (
    <p role="status" className="panel-loading">
      Loading {what}…
    </p>
  )
}

export function App() {
  useUrlSync()
  const query = useQuery(datasetQueryOptions())
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to the dashboard
      </a>
      {query.isPending ? (
        <main id="main" className="page">
          <LoadingState />
        </main>
      ) : query.isError ? (
        <main id="main" className="page">
          <LoadError error={query.error} retrying={query.isFetching} onRetry={() => void query.refetch()} />
        </main>
      ) : (
        <Dashboard loaded={query.data} />
      )}
    </>
  )
}

function Dashboard({ loaded }: { loaded: LoadedDataset }) {
  const { dataset } = loaded
  const sourcesOpen = useDashboardStore((s) => s.sourcesOpen)
  const openSources = useDashboardStore((s) => s.openSources)
  const closeSources = useDashboardStore((s) => s.closeSources)
  const checks = useMemo(() => runConsistencyChecks(dataset.measures, dataset.goods), [dataset])

  return (
    <>
      <DashboardHeader meta={dataset.meta} sourceCount={dataset.sources.length} onOpenSources={openSources} />
      <main id="main" className="page">
        <UrlNotices />
        <DatasetNotices problems={loaded.problems} rejected={loaded.rejected} checks={checks} />
        <FilterBar dataset={dataset} />
        <PanelSection
          id="timeline"
          title="Sanctions over time"
          description="How Japan's measures grew through 2022, and what Russia did in return."
        >
          <TimelinePanel dataset={dataset} />
        </PanelSection>
        <PanelSection
          id="goods"
          title="Banned goods"
          description="Goods Japan banned from export to Russia, and from import from Russia."
        >
          <Suspense fallback={<PanelLoading what="the goods explorer" />}>
            <GoodsPanel dataset={dataset} />
          </Suspense>
        </PanelSection>
        <PanelSection
          id="energy"
          title="Energy dependency"
          description="How much Japan depended on Russian LNG, oil and coal, and how it left them."
        >
          <Suspense fallback={<PanelLoading what="the energy panel" />}>
            <EnergyPanel dataset={dataset} />
          </Suspense>
        </PanelSection>
      </main>
      <DashboardFooter meta={dataset.meta} />
      {sourcesOpen ? (
        <Suspense fallback={null}>
          <SourcesDialog sources={dataset.sources} open={sourcesOpen} onClose={closeSources} />
        </Suspense>
      ) : null}
    </>
  )
}
