import { useMemo } from 'react'

import type { Dataset, EnergyEvent } from '@/data/validate/schema'
import { withDeferredFilter } from '@/state/with-deferred-filter'
import { filterEnergyEvents, type MeasureFilter } from '@/data/shape/filter'
import { useDashboardStore } from '@/state/store'
import { useI18n } from '@/state/use-i18n'

import './energy.css'
import { shareTrend } from '@/data/shape/share-trend'

import { LngSupplierFigure } from './lng/lng-supplier-figure'
import { PHASE_OUT_SUBJECTS } from './phase-out/phase-out-lanes-config'
import { PhaseOutFigure } from './phase-out/phase-out-figure'
import { Sakhalin2Card } from './sakhalin2/sakhalin2-card'
import { ShareTrendFigure } from './trend/share-trend-figure'

import { energy as words } from '@/lib/i18n/en/energy'
import { englishArea } from '@/lib/i18n/messages-en'

// This panel's English text comes with its code, not with the first screen (messages-en.ts).
englishArea(words)

/**
 * Japan's energy dependency on Russia: LNG suppliers, Sakhalin-2, and the exit from Russian oil and coal.
 * The dated events follow the page-wide measure-type filter and date range; the 2021 figures do not.
 */
export const EnergyPanel = withDeferredFilter(function EnergyPanel({
  dataset,
  filter,
  only,
}: {
  dataset: Dataset
  /** The page-wide filter, one step behind the filter bar. */
  filter: MeasureFilter
  /** One figure alone (an embed). */
  only?: 'lng' | 'phase-out' | undefined
}) {
  const { from, to } = filter
  const clearFilters = useDashboardStore((s) => s.clearFilters)
  const { fmt } = useI18n()
  const all = dataset.energy.events
  const shown = useMemo(
    () =>
      filterEnergyEvents(all, dataset.measures, filter).sort((a, b) =>
        a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
      ),
    [all, dataset.measures, filter],
  )
  const start = from ?? dataset.meta.coverage.from
  const end = to ?? dataset.meta.coverage.to
  const period = fmt.dateRange(start, end)
  const isPhaseOut = (e: EnergyEvent) => PHASE_OUT_SUBJECTS.has(e.subject)
  const phaseOutAll = all.filter(isPhaseOut).length
  const phaseOut = shown.filter(isPhaseOut)
  const sakhalin = shown.filter((e) => !isPhaseOut(e))
  // The yearly trend shows only where the dataset has shares for more than one year.
  const hasTrend = useMemo(() => shareTrend(dataset.energy.dependencies).years.length > 1, [dataset])

  if (only === 'lng') {
    return (
      <div className="energy-panel">
        <LngSupplierFigure dataset={dataset} />
      </div>
    )
  }
  const phaseOutFigure = (
    <PhaseOutFigure
      dataset={dataset}
      events={phaseOut}
      total={phaseOutAll}
      from={start}
      to={end}
      period={period}
      filter={filter}
      onClear={clearFilters}
    />
  )
  if (only === 'phase-out') return <div className="energy-panel">{phaseOutFigure}</div>
  return (
    <div className="energy-panel">
      <LngSupplierFigure dataset={dataset} />
      {hasTrend ? <ShareTrendFigure dataset={dataset} /> : null}
      <Sakhalin2Card
        dataset={dataset}
        events={sakhalin}
        hidden={all.length - phaseOutAll - sakhalin.length}
        period={period}
        onClear={clearFilters}
      />
      {phaseOutFigure}
    </div>
  )
})
