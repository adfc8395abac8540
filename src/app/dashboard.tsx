import { lazy, memo, Suspense, useMemo } from 'react'

import { DashboardFooter } from '@/app/dashboard-footer'
import { DashboardHeader } from '@/app/dashboard-header'
import { DatasetNotices } from '@/app/dataset-notices'
import { DatasetStatus } from '@/app/dataset-status'
import { UrlNotices } from '@/app/url-notices'
import { PanelSection } from '@/components/panel-section'
import { describeSource } from '@/data/dataset-source'
import type { OpenedDataset } from '@/data/open-dataset'
import { runConsistencyChecks } from '@/data/shape/consistency'
import { backToBundled } from '@/features/dataset-source/loader-store'
import { FilterBar } from '@/features/filters/filter-bar'
import { TimelinePanel } from '@/features/timeline/timeline-panel'
import { useDashboardStore } from '@/state/store'

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

const goBack = () => backToBundled()

/**
 * The dashboard for one dataset. Memoised: opening another dataset, or its progress, re-renders the status
 * line above it, never the panels.
 */
export const Dashboard = memo(function Dashboard({ shown }: { shown: OpenedDataset }) {
  const { dataset } = shown
  // An opened dataset comes with its checks, run in the worker; the bundled one is checked here.
  const checks = useMemo(
    () => shown.checks ?? runConsistencyChecks(dataset.measures, dataset.goods),
    [shown.checks, dataset],
  )
  const base = useMemo(() => ({ dataset, source: shown.source }), [dataset, shown.source])
  const sourcesOpen = useDashboardStore((s) => s.sourcesOpen)
  const openSources = useDashboardStore((s) => s.openSources)
  const closeSources = useDashboardStore((s) => s.closeSources)
  const openDatasetDialog = useDashboardStore((s) => s.openDatasetDialog)

  return (
    <>
      <DashboardHeader
        meta={dataset.meta}
        sourceCount={dataset.sources.length}
        onOpenSources={openSources}
        source={shown.source}
        onOpenDataset={openDatasetDialog}
        onBackToBundled={goBack}
      />
      <main id="main" className="page">
        <DatasetStatus kept={describeSource(shown.source)} base={base} />
        <UrlNotices />
        <DatasetNotices shown={shown} checks={checks} />
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
})
