import { Suspense, useEffect, useMemo, type ReactNode } from 'react'

import { EnergyPanel, GoodsPanel, ListedPanel } from '@/app/lazy-panels'
import { localizeDataset } from '@/data/localize'
import type { OpenedDataset } from '@/data/load/open-dataset'
import { fullViewUrl, type EmbedFigure } from '@/lib/embed-figures'
import { TimelinePanel } from '@/features/timeline/timeline-panel'
import { useI18n } from '@/state/use-i18n'

/**
 * One figure alone, for an <iframe> (`?embed=<figure>`): the figure with its title, notes and source
 * footer, the dataset's name and date, and a link to the full view. The view's parameters (filters,
 * series, language) apply as on the page; the figure takes the frame's width.
 */
export function EmbedFrame({ figure, shown }: { figure: EmbedFigure; shown: OpenedDataset }) {
  const { t, fmt, locale } = useI18n()
  const dataset = useMemo(() => localizeDataset(shown.dataset, locale), [shown.dataset, locale])
  useEffect(() => {
    document.title = dataset.meta.title
    document.documentElement.classList.add('embedded')
    return () => document.documentElement.classList.remove('embedded')
  }, [dataset.meta.title])
  const loading = (
    <p role="status" className="panel-loading">
      {t('embed.loading')}
    </p>
  )
  let body: ReactNode
  switch (figure) {
    case 'timeline':
    case 'retaliation':
      body = (
        <TimelinePanel
          dataset={dataset}
          lists={shown.lists}
          only={figure === 'timeline' ? 'japan' : 'russia'}
        />
      )
      break
    case 'lng':
    case 'phase-out':
      body = <EnergyPanel dataset={dataset} only={figure} />
      break
    case 'goods':
      body = <GoodsPanel dataset={dataset} />
      break
    case 'listed':
      body = <ListedPanel dataset={dataset} lists={shown.lists} />
      break
  }
  return (
    <main id="main" className="embed" tabIndex={-1}>
      <Suspense fallback={loading}>{body}</Suspense>
      <p className="embed-footer">
        {t('embed.footer', { title: dataset.meta.title, date: fmt.date(dataset.meta.asOf) })}{' '}
        <a href={fullViewUrl(window.location.href)} target="_blank" rel="noopener">
          {t('embed.fullView')}
        </a>
      </p>
    </main>
  )
}
