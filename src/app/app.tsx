import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'

import { DashboardFooter } from '@/app/dashboard-footer'
import { DashboardHeader } from '@/app/dashboard-header'
import { DatasetNotices } from '@/app/dataset-notices'
import { LoadError, LoadingState } from '@/app/load-states'
import { UrlNotices } from '@/app/url-notices'
import { PanelSection } from '@/components/panel-section'
import { SourcesDialog } from '@/components/sources-dialog'
import { datasetQueryOptions } from '@/data/dataset-query'
import type { LoadedDataset } from '@/data/fetch-dataset'
import { runConsistencyChecks } from '@/data/shape/consistency'
import { EnergyPanel } from '@/features/energy/energy-panel'
import { FilterBar } from '@/features/filters/filter-bar'
import { GoodsPanel } from '@/features/goods/goods-panel'
import { TimelinePanel } from '@/features/timeline/timeline-panel'
import { useDashboardStore } from '@/state/store'
import { useUrlSync } from '@/state/use-url-sync'

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
          <GoodsPanel dataset={dataset} />
        </PanelSection>
        <PanelSection
          id="energy"
          title="Energy dependency"
          description="How much Japan depended on Russian LNG, oil and coal, and how it left them."
        >
          <EnergyPanel dataset={dataset} />
        </PanelSection>
      </main>
      <DashboardFooter meta={dataset.meta} />
      <SourcesDialog sources={dataset.sources} open={sourcesOpen} onClose={closeSources} />
    </>
  )
}
