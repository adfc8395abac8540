/** Pure shaping for the timeline: which tallies exist, their points, annotations and summaries. */
import type { Measure, MeasureAlternative, MeasureType, Qualifier } from '@/data/schema'
import { agrees } from '@/data/shape/consistency'
import { toCumulativeSeries } from '@/data/shape/cumulative'
import { inDateRange, typeSelected, type MeasureFilter } from '@/data/shape/filter'
import { formatDate, formatNumber } from '@/lib/format'
import type { TimelineSeries } from '@/state/url-state'

export interface SeriesDefinition<Id extends string = TimelineSeries> {
  id: Id
  /** What is counted, for titles and the series switch. */
  label: string
  /** Plural noun for sentences and axis labels ("individuals"). */
  noun: string
  /** What each count counts, for CSV: persons, organisations, items. */
  unit: string
  /** Start of export file names. */
  fileStem: string
  type: MeasureType
  match: (m: Measure) => boolean
}

const jp = (type: MeasureType, target: Measure['target'], unit?: Measure['unit']) => (m: Measure) =>
  m.direction === 'JP→RU' &&
  m.type === type &&
  m.target === target &&
  m.targetCountry === 'RU' &&
  (unit === undefined || m.unit === unit)

/** Japan's tallies. Belarusian and mixed tranches are left out: Japan's reported totals count Russia. */
export const JAPAN_SERIES: readonly SeriesDefinition[] = [
  {
    id: 'individuals',
    unit: 'persons',
    fileStem: 'japan-russia-sanctioned-individuals',
    label: 'Individuals under asset freeze',
    noun: 'individuals',
    type: 'asset_freeze',
    match: jp('asset_freeze', 'individual'),
  },
  {
    id: 'entities',
    unit: 'organisations',
    fileStem: 'japan-russia-asset-freeze-organisations',
    label: 'Organisations under asset freeze',
    noun: 'organisations',
    type: 'asset_freeze',
    match: jp('asset_freeze', 'entity'),
  },
  {
    id: 'banks',
    unit: 'organisations',
    fileStem: 'japan-russia-asset-freeze-banks',
    label: 'Banks under asset freeze',
    noun: 'banks',
    type: 'asset_freeze',
    match: jp('asset_freeze', 'bank'),
  },
  {
    id: 'export-entities',
    unit: 'organisations',
    fileStem: 'japan-russia-export-ban-organisations',
    label: 'Organisations under export ban',
    noun: 'organisations',
    type: 'export_ban',
    match: jp('export_ban', 'entity'),
  },
  {
    id: 'export-goods',
    unit: 'items',
    fileStem: 'japan-russia-export-ban-items',
    label: 'Goods items under export ban',
    noun: 'items',
    type: 'export_ban',
    match: jp('export_ban', 'goods', 'items'),
  },
  {
    id: 'import-goods',
    unit: 'items',
    fileStem: 'japan-russia-import-ban-items',
    label: 'Goods items under import ban',
    noun: 'items',
    type: 'import_ban',
    match: jp('import_ban', 'goods', 'items'),
  },
]

export const RETALIATION_SERIES: SeriesDefinition<'retaliation'> = {
  id: 'retaliation',
  unit: 'persons',
  fileStem: 'russia-japan-entry-bans-on-japanese-nationals',
  label: 'Japanese nationals banned from entering Russia',
  noun: 'Japanese nationals',
  type: 'entry_ban',
  match: (m) => m.direction === 'RU→JP' && m.type === 'entry_ban' && m.target === 'individual',
}

export function seriesById(id: TimelineSeries): SeriesDefinition {
  return JAPAN_SERIES.find((s) => s.id === id) ?? (JAPAN_SERIES[0] as SeriesDefinition)
}

/** The series the measure-type filter leaves visible, and that have data. */
export function availableSeries(measures: readonly Measure[], f: MeasureFilter): SeriesDefinition[] {
  return JAPAN_SERIES.filter((s) => typeSelected(s.type, f) && measures.some(s.match))
}

export interface TallyPoint {
  measureId: string
  date: string
  /** The date as UTC milliseconds, for a time axis. */
  time: number
  added: number
  total: number
  reportedTotal: number | null
  reportedQualifier: Qualifier
  /** The reported total disagrees with the running sum of the dataset's tranches. */
  mismatch: boolean
  title: string
  description: string
  sourceIds: string[]
  alternatives: MeasureAlternative[]
}

export const toTime = (iso: string): number => Date.parse(`${iso}T00:00:00Z`)

/**
 * Points of a tally within the date range. The running total counts every earlier tranche, including
 * those before the range starts, so a narrowed range still shows true cumulative figures.
 */
export function toTallyPoints(
  measures: readonly Measure[],
  def: SeriesDefinition<string>,
  range: Pick<MeasureFilter, 'from' | 'to'>,
): TallyPoint[] {
  const byId = new Map(measures.map((m) => [m.id, m]))
  return toCumulativeSeries(measures, def.match)
    .filter((p) => inDateRange(p.date, range))
    .flatMap((p) => {
      const m = byId.get(p.measureId)
      if (m === undefined) return []
      return [
        {
          measureId: p.measureId,
          date: p.date,
          time: toTime(p.date),
          added: p.added,
          total: p.total,
          reportedTotal: p.reportedTotal,
          reportedQualifier: m.reportedTotalQualifier,
          mismatch: p.reportedTotal !== null && !agrees(p.total, p.reportedTotal, m.reportedTotalQualifier),
          title: m.title,
          description: m.description,
          sourceIds: m.sourceIds,
          alternatives: m.alternatives,
        },
      ]
    })
}

export interface Annotation {
  number: number
  measureId: string
  date: string
  time: number
  title: string
}

/** Major decisions (headline measures) of a selected type within the range, numbered in date order. */
export function toAnnotations(measures: readonly Measure[], f: MeasureFilter): Annotation[] {
  return measures
    .filter((m) => m.headline && typeSelected(m.type, f) && inDateRange(m.announced, f))
    .sort((a, b) => (a.announced < b.announced ? -1 : a.announced > b.announced ? 1 : 0))
    .map((m, i) => ({
      number: i + 1,
      measureId: m.id,
      date: m.announced,
      time: toTime(m.announced),
      title: m.title,
    }))
}

/** One sentence that says what the chart shows, for screen readers and as the chart's caption. */
export function summarizeTally(points: readonly TallyPoint[], def: SeriesDefinition<string>): string {
  const first = points[0]
  const last = points[points.length - 1]
  if (first === undefined || last === undefined)
    return `No tranches of ${def.noun} fall within the selected dates.`
  const largest = points.reduce((a, b) => (b.added > a.added ? b : a))
  const added = points.reduce((n, p) => n + p.added, 0)
  const span =
    points.length === 1
      ? `One tranche, on ${formatDate(first.date)}, added ${formatNumber(added)} ${def.noun}`
      : `${points.length} tranches from ${formatDate(first.date)} to ${formatDate(last.date)} added ${formatNumber(added)} ${def.noun}`
  const largestPart =
    points.length > 1
      ? `; the largest, on ${formatDate(largest.date)}, added ${formatNumber(largest.added)}`
      : ''
  const mismatches = points.filter((p) => p.mismatch).length
  const mismatchPart =
    mismatches === 0
      ? ''
      : ` ${mismatches} reported total${mismatches === 1 ? ' differs' : 's differ'} from the sum of the tranches.`
  return `${span}, bringing the total to ${formatNumber(last.total)}${largestPart}.${mismatchPart}`
}
