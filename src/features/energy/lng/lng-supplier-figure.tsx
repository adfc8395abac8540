import { useMemo, useState } from 'react'

import { ChartFrame, type FrameView } from '@/components/chart/chart-frame'
import type { Dataset } from '@/data/validate/schema'
import { figureById, publishedLngTonnes } from '@/data/shape/energy-figures'
import { toSupplierRows } from '@/data/shape/lng'
import { makeSourceLabeler, sourceLine } from '@/data/shape/source-labels'
import { useI18n } from '@/state/use-i18n'

import { ENERGY_IDS, summarizeLng, targetCountry } from '@/features/energy/energy-data'
import { describeTonnes, toLngBars } from './lng-chart-data'
import { LngCallout } from './lng-callout'
import { lngExportSpec } from './lng-export-spec'
import { LngSupplierChart } from './lng-supplier-chart'
import { LngSupplierTable } from './lng-supplier-table'
import { UnitSwitch, type LngUnit } from './unit-switch'

/** Japan's LNG imports by supplier, as shares or tonnes, with the dataset's target country highlighted. */
export function LngSupplierFigure({ dataset }: { dataset: Dataset }) {
  const i18n = useI18n()
  const { t, fmt } = i18n
  const [view, setView] = useState<FrameView>('chart')
  const [unit, setUnit] = useState<LngUnit>('share')
  const { figures, lngSuppliers } = dataset.energy
  const totalRecord = figureById(figures, ENERGY_IDS.lngTotal)
  const total = totalRecord?.figure ?? null
  const year = totalRecord?.year ?? null
  const target = useMemo(
    () => targetCountry(dataset.meta.targetCountry, fmt.locale),
    [dataset.meta.targetCountry, fmt.locale],
  )
  const rows = useMemo(
    () => toSupplierRows(lngSuppliers, total, (country) => publishedLngTonnes(figures, country, year)),
    [lngSuppliers, figures, total, year],
  )
  const shown = total === null ? 'share' : unit
  const bars = useMemo(() => toLngBars(i18n, rows, shown, target), [i18n, rows, shown, target])
  const labeler = useMemo(() => makeSourceLabeler(dataset.sources, fmt.list), [dataset.sources, fmt.list])
  // The year is a string: as a number it would be formatted "2,021".
  const title = year === null ? t('energy.lng.title') : t('energy.lng.titleYear', { year: String(year) })
  const subtitle =
    shown === 'share'
      ? t('energy.lng.subtitleShare', { target: target.label })
      : describeTonnes(i18n, rows, total)
  const sourceIds = rows.flatMap((r) => [
    ...r.share.sourceIds,
    ...(shown === 'tonnes' ? (r.tonnes?.sourceIds ?? []) : []),
  ])

  return (
    <ChartFrame
      className="energy-frame"
      title={title}
      subtitle={subtitle}
      summary={summarizeLng(i18n, rows, total, target, year)}
      view={view}
      onViewChange={setView}
      controls={<UnitSwitch value={shown} onChange={setUnit} tonnesAvailable={total !== null} />}
      empty={rows.length === 0 ? { message: t('energy.lng.empty') } : null}
      source={sourceLine(i18n, dataset.sources, sourceIds)}
      exportSpec={lngExportSpec({
        i18n,
        dataset,
        rows,
        bars,
        total,
        year,
        unit: shown,
        target,
        sourceIds,
        labeler,
      })}
      chart={
        <>
          <LngCallout dataset={dataset} rows={rows} target={target} />
          <LngSupplierChart bars={bars} sourceLabel={labeler} />
        </>
      }
      table={
        <LngSupplierTable caption={title} rows={rows} total={total} target={target} sourceLabel={labeler} />
      }
    />
  )
}
