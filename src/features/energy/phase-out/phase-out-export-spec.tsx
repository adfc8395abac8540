import type { ChartExportSpec } from '@/components/export/export-spec'
import type { Dataset, Dependency, EnergyEvent, EnergyFigure } from '@/data/validate/schema'
import { asOfLine, describeFilter, viewPeriod } from '@/data/shape/describe-filter'
import type { MeasureFilter } from '@/data/shape/filter'
import { makeSourceUrlLookup, sourceLine } from '@/data/shape/source-labels'
import type { I18n } from '@/lib/i18n/i18n'

import type { EnergyI18n } from '@/features/energy/energy-data'
import { PhaseOutSvg } from './phase-out-svg'

interface PhaseOutExportInput {
  /** The reader's language: the image, the CSV and the file name follow it. */
  i18n: I18n
  dataset: Dataset
  dependencies: readonly Dependency[]
  /** Single figures the lanes show beside the shares (Russia's rank as a crude supplier). */
  figures: readonly EnergyFigure[]
  /** The filtered oil and coal events, in date order, numbered as on the page. */
  events: readonly EnergyEvent[]
  /** How many oil and coal events the dataset holds, filtered or not. */
  total: number
  filter: MeasureFilter
  labeler: (ids: readonly string[]) => string
}

/** The numbered events, and what the filters leave out: the image's markers carry only short labels. */
export function phaseOutNotes(
  { t, fmt }: EnergyI18n,
  events: readonly EnergyEvent[],
  total: number,
  filter: MeasureFilter,
): string[] {
  const numbered = events.map((e, i) =>
    t('energy.phaseOut.export.numbered', { n: i + 1, date: fmt.date(e.date), title: e.title }),
  )
  const hidden = total - events.length
  return [
    ...(events.length === 0 ? [t('energy.phaseOut.noneMatch')] : numbered),
    ...(hidden > 0 ? [t('energy.phaseOut.export.hidden', { count: hidden })] : []),
    // The measure-type filter keeps events that belong to no measure; say so, or the image seems to ignore it.
    ...(filter.types !== null && events.some((e) => e.measureId === null)
      ? [t('energy.phaseOut.export.context')]
      : []),
  ]
}

/** What the frame needs to export the oil and coal time lines: an SVG twin of the HTML lanes. */
export function phaseOutExportSpec(input: PhaseOutExportInput): ChartExportSpec {
  const { i18n, dataset, dependencies, figures, events, filter, labeler } = input
  const period = viewPeriod(filter, dataset.meta)
  const sourceIds = [
    ...dependencies.flatMap((d) => d.share.sourceIds),
    ...figures.flatMap((f) => f.figure.sourceIds),
    ...events.flatMap((e) => e.sourceIds),
  ]
  return {
    fileStem: 'japan-russia-oil-and-coal-phase-out',
    embed: 'phase-out',
    period,
    filters: describeFilter(i18n, filter, dataset.meta),
    legend: [],
    source: sourceLine(i18n, dataset.sources, sourceIds, { max: Infinity }),
    notes: phaseOutNotes(i18n, events, input.total, filter),
    asOfLine: asOfLine(i18n, dataset.meta, dataset.meta.title),
    renderChart: (width) => (
      <PhaseOutSvg dataset={dataset} events={events} from={period.from} to={period.to} width={width} />
    ),
    csv: async () => {
      const { phaseOutToCsv } = await import('./phase-out-csv')
      const urls = makeSourceUrlLookup(dataset.sources)
      return phaseOutToCsv(i18n, dependencies, figures, events, dataset.measures, urls, labeler)
    },
  }
}
