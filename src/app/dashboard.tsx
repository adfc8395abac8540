import { memo, Suspense, useEffect, useMemo, type ReactNode } from 'react'

import { CiteHost } from '@/app/cite-host'
import { DashboardFooter } from '@/app/dashboard-footer'
import { DashboardHeader } from '@/app/dashboard-header'
import { DataNotes } from '@/app/notices/data-notes'
import { DatasetNotices } from '@/app/notices/dataset-notices'
import { DatasetStatus } from '@/app/notices/dataset-status'
import { EnergyPanel, GoodsPanel, ListedPanel } from '@/app/lazy-panels'
import { PrintView } from '@/app/print/print-view'
import { UrlNotices } from '@/app/notices/url-notices'
import { lazyPart } from '@/components/lazy-part'
import { PanelSection } from '@/components/panel-section'
import { PrintSources } from '@/components/print/print-sources'
import { Staged } from '@/components/staged'
import { describeSource } from '@/data/load/dataset-source'
import { fallbackCount, localizeDataset } from '@/data/localize'
import type { OpenedDataset } from '@/data/load/open-dataset'
import { runConsistencyChecks } from '@/data/shape/consistency'
import { backToBundled, dropOpenedLists } from '@/features/dataset-source/loader-store'
import { FilterBar } from '@/features/filters/filter-bar'
import { HeadlineStrip } from '@/features/headline/headline-strip'
import { TimelinePanel } from '@/features/timeline/timeline-panel'
import { useDashboardStore } from '@/state/store'
import { useI18n } from '@/state/use-i18n'

const SourcesDialog = lazyPart(() => import('@/components/sources-dialog'), 'SourcesDialog', {
  name: 'sources',
  failure: 'dialog',
}).Part

function PanelLoading({ children }: { children: string }) {
  return (
    <p role="status" className="panel-loading">
      {children}
    </p>
  )
}

/**
 * A panel below the first screen: loaded on demand and mounted in a task of its own (after the timeline),
 * with a line saying so meanwhile.
 */
function LazyPanel({ loading, children }: { loading: string; children: ReactNode }) {
  const placeholder = <PanelLoading>{loading}</PanelLoading>
  return (
    <Suspense fallback={placeholder}>
      <Staged placeholder={placeholder}>{children}</Staged>
    </Suspense>
  )
}

const goBack = () => backToBundled()
const dropLists = () => dropOpenedLists()

/**
 * The dashboard for one dataset. Memoised: opening another dataset, or its progress, re-renders the status
 * line above it, never the panels.
 */
export const Dashboard = memo(function Dashboard({ shown }: { shown: OpenedDataset }) {
  const { t, locale } = useI18n()
  // Both languages are kept; the panels read the reader's (switching language does not reload anything).
  const dataset = useMemo(() => localizeDataset(shown.dataset, locale), [shown.dataset, locale])
  // Each such text is shown in the other language; this says so once for the whole dataset.
  const untranslated = fallbackCount(dataset)
  // An opened dataset comes with its checks, run in the worker; the bundled one is checked here.
  const checks = useMemo(
    () => shown.checks ?? runConsistencyChecks(shown.dataset.measures, shown.dataset.goods),
    [shown.checks, shown.dataset],
  )
  // The tab's title follows the dataset and the language (index.html's serves until the app runs).
  useEffect(() => {
    document.title = dataset.meta.title
  }, [dataset.meta.title])
  const base = useMemo(
    () => ({ dataset: shown.dataset, source: shown.source }),
    [shown.dataset, shown.source],
  )
  // What the downloadable report holds: the rejected records and every consistency check.
  const report = useMemo(
    () => ({
      title: dataset.meta.title,
      source: shown.source,
      loadedAt: shown.loadedAt,
      problems: shown.problems,
      rejected: shown.rejected,
      omittedProblems: shown.omittedProblems,
      checks,
    }),
    [dataset.meta.title, shown, checks],
  )
  const sourcesOpen = useDashboardStore((s) => s.sourcesOpen)
  const openSources = useDashboardStore((s) => s.openSources)
  const closeSources = useDashboardStore((s) => s.closeSources)
  const openDatasetDialog = useDashboardStore((s) => s.openDatasetDialog)

  return (
    <CiteHost meta={shown.dataset.meta}>
      <DashboardHeader
        meta={dataset.meta}
        sourceCount={dataset.sources.length}
        onOpenSources={openSources}
        source={shown.source}
        onOpenDataset={openDatasetDialog}
        onBackToBundled={goBack}
      />
      <main id="main" className="page" tabIndex={-1}>
        <DatasetStatus kept={describeSource(t, shown.source)} base={base} />
        <UrlNotices />
        <DatasetNotices report={report} />
        {untranslated > 0 ? (
          <p className="notice" role="note">
            {t('app.untranslated', { count: untranslated })}
          </p>
        ) : null}
        <HeadlineStrip dataset={dataset} />
        <PrintView meta={dataset.meta} />
        <FilterBar dataset={dataset} />
        <PanelSection
          id="timeline"
          title={t('panel.timeline.title')}
          description={t('panel.timeline.description')}
          notes={<DataNotes dataset={dataset} checks={checks} report={report} />}
        >
          {/* A task of its own too: showing a newly opened dataset also takes the old dashboard down. */}
          <Staged placeholder={<PanelLoading>{t('app.loadingPanel.timeline')}</PanelLoading>}>
            <TimelinePanel dataset={dataset} lists={shown.lists} />
          </Staged>
        </PanelSection>
        <PanelSection id="goods" title={t('panel.goods.title')} description={t('panel.goods.description')}>
          <LazyPanel loading={t('app.loadingPanel.goods')}>
            <GoodsPanel dataset={dataset} />
          </LazyPanel>
        </PanelSection>
        <PanelSection id="listed" title={t('panel.listed.title')} description={t('panel.listed.description')}>
          <LazyPanel loading={t('app.loadingPanel.listed')}>
            <ListedPanel dataset={dataset} lists={shown.lists} onBundledLists={dropLists} />
          </LazyPanel>
        </PanelSection>
        <PanelSection id="energy" title={t('panel.energy.title')} description={t('panel.energy.description')}>
          <LazyPanel loading={t('app.loadingPanel.energy')}>
            <EnergyPanel dataset={dataset} />
          </LazyPanel>
        </PanelSection>
      </main>
      <DashboardFooter meta={dataset.meta} />
      <PrintSources sources={dataset.sources} />
      {sourcesOpen ? (
        <Suspense fallback={null}>
          <SourcesDialog sources={dataset.sources} open={sourcesOpen} onClose={closeSources} />
        </Suspense>
      ) : null}
    </CiteHost>
  )
})
