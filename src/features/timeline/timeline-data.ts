/** Pure shaping for the timeline: which tallies exist, their points, annotations and summaries. */
import type { Measure, MeasureAlternative, MeasureType, Qualifier } from '@/data/validate/schema'
import { agrees, checkReportedTotals } from '@/data/shape/consistency'
import {
  countByGroup,
  COUNTRY_GROUPS,
  isRussiaRelated,
  isThirdCountry,
  type CountryGroup,
} from '@/data/shape/country-groups'
import { toCumulativeSeries } from '@/data/shape/cumulative'
import { inDateRange, typeSelected, type MeasureFilter } from '@/data/shape/filter'
import { said, type Said } from '@/lib/i18n/said'
import type { I18n } from '@/lib/i18n/i18n'
import type { MessageKey } from '@/lib/i18n/translate'
import type { TimelineSeries } from '@/state/url-state'

type KeyOf<Suffix extends string> = Extract<MessageKey, `series.${string}.${Suffix}`>

/** The catalogue keys that name a tally. */
export interface SeriesWords {
  /** The figure's title ("Japan's sanctions: individuals under asset freeze"). */
  title: KeyOf<'title'>
  /** What is counted, for the series switch and table captions. */
  label: KeyOf<'label'>
  /** The axis title ("individuals"). */
  axis: KeyOf<'axis'>
  /** A count of it in a sentence ("398 individuals", "398人"). */
  count: KeyOf<'count'>
  /** What each count counts, for CSV: persons, organisations, items. */
  unit: KeyOf<'unit'>
}

export interface SeriesDefinition<Id extends string = TimelineSeries> {
  id: Id
  words: SeriesWords
  /** Start of export file names. */
  fileStem: string
  type: MeasureType
  match: (m: Measure) => boolean
  /** The same tally over every target country, for the breakdown by country; absent where none applies. */
  matchAllCountries?: (m: Measure) => boolean
  /**
   * Set on a breakdown: its running total spans several of the dataset's series, so a reported total is
   * judged against its own series (the consistency check), not against the breakdown's sum.
   */
  spansSeries?: boolean
}

const jp =
  (type: MeasureType, target: Measure['target'], unit?: Measure['unit'], country = isRussiaRelated) =>
  (m: Measure) =>
    m.direction === 'JP→RU' &&
    m.type === type &&
    m.target === target &&
    country(m.targetCountry) &&
    (unit === undefined || m.unit === unit)

const anyCountry = () => true

/**
 * Japan's tallies. Russia-related lists (Russia and the occupied regions of Ukraine) as Japan's reported
 * totals count them; Belarusian and unsplit mixed tranches are left out; third countries have their own
 * export-ban tally.
 */
export const JAPAN_SERIES: readonly SeriesDefinition[] = [
  {
    id: 'individuals',
    words: {
      title: 'series.individuals.title',
      label: 'series.individuals.label',
      axis: 'series.individuals.axis',
      count: 'series.individuals.count',
      unit: 'series.individuals.unit',
    },
    fileStem: 'japan-russia-sanctioned-individuals',
    type: 'asset_freeze',
    match: jp('asset_freeze', 'individual'),
    matchAllCountries: jp('asset_freeze', 'individual', undefined, anyCountry),
  },
  {
    id: 'entities',
    words: {
      title: 'series.entities.title',
      label: 'series.entities.label',
      axis: 'series.entities.axis',
      count: 'series.entities.count',
      unit: 'series.entities.unit',
    },
    fileStem: 'japan-russia-asset-freeze-organisations',
    type: 'asset_freeze',
    match: jp('asset_freeze', 'entity'),
    matchAllCountries: jp('asset_freeze', 'entity', undefined, anyCountry),
  },
  {
    id: 'banks',
    words: {
      title: 'series.banks.title',
      label: 'series.banks.label',
      axis: 'series.banks.axis',
      count: 'series.banks.count',
      unit: 'series.banks.unit',
    },
    fileStem: 'japan-russia-asset-freeze-banks',
    type: 'asset_freeze',
    match: jp('asset_freeze', 'bank'),
    matchAllCountries: jp('asset_freeze', 'bank', undefined, anyCountry),
  },
  {
    id: 'export-entities',
    words: {
      title: 'series.export-entities.title',
      label: 'series.export-entities.label',
      axis: 'series.export-entities.axis',
      count: 'series.export-entities.count',
      unit: 'series.export-entities.unit',
    },
    fileStem: 'japan-russia-export-ban-organisations',
    type: 'export_ban',
    match: jp('export_ban', 'entity'),
    matchAllCountries: jp('export_ban', 'entity', undefined, anyCountry),
  },
  {
    id: 'export-third',
    words: {
      title: 'series.export-third.title',
      label: 'series.export-third.label',
      axis: 'series.export-third.axis',
      count: 'series.export-third.count',
      unit: 'series.export-third.unit',
    },
    fileStem: 'japan-third-country-export-ban-organisations',
    type: 'export_ban',
    match: (m) =>
      m.direction === 'JP→RU' && m.type === 'export_ban' && m.target === 'entity' && isThirdCountry(m),
    matchAllCountries: jp('export_ban', 'entity', undefined, anyCountry),
  },
  {
    id: 'export-goods',
    words: {
      title: 'series.export-goods.title',
      label: 'series.export-goods.label',
      axis: 'series.export-goods.axis',
      count: 'series.export-goods.count',
      unit: 'series.export-goods.unit',
    },
    fileStem: 'japan-russia-export-ban-items',
    type: 'export_ban',
    match: jp('export_ban', 'goods', 'items'),
  },
  {
    id: 'import-goods',
    words: {
      title: 'series.import-goods.title',
      label: 'series.import-goods.label',
      axis: 'series.import-goods.axis',
      count: 'series.import-goods.count',
      unit: 'series.import-goods.unit',
    },
    fileStem: 'japan-russia-import-ban-items',
    type: 'import_ban',
    match: jp('import_ban', 'goods', 'items'),
  },
]

export const RETALIATION_SERIES: SeriesDefinition<'retaliation'> = {
  id: 'retaliation',
  words: {
    title: 'series.retaliation.title',
    label: 'series.retaliation.label',
    axis: 'series.retaliation.axis',
    count: 'series.retaliation.count',
    unit: 'series.retaliation.unit',
  },
  fileStem: 'russia-japan-entry-bans-on-japanese-nationals',
  type: 'entry_ban',
  match: (m) => m.direction === 'RU→JP' && m.type === 'entry_ban' && m.target === 'individual',
}

/**
 * The tally split by target country: the same kind of record over every country (Russia, the occupied
 * regions, Belarus, third countries), or the tally itself where it has no such variant.
 */
export function breakdownOf(def: SeriesDefinition): SeriesDefinition {
  return def.matchAllCountries === undefined
    ? def
    : { ...def, match: def.matchAllCountries, spansSeries: true }
}

/** The groups a set of points adds to, in their order, with what no group holds; groups with nothing left out. */
export function groupTotals(
  points: readonly TallyPoint[],
): Array<{ group: CountryGroup | 'unsplit'; added: number }> {
  const totals = COUNTRY_GROUPS.map((group) => ({
    group: group as CountryGroup | 'unsplit',
    added: points.reduce((n, p) => n + p.groups[group], 0),
  }))
  totals.push({ group: 'unsplit', added: points.reduce((n, p) => n + p.unsplit, 0) })
  return totals.filter((g) => g.added > 0)
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
  /** Designations removed (delistings). */
  removed: number
  /** `added` by target country group (its byCountry split, or its target country). */
  groups: Record<CountryGroup, number>
  /** What no group holds: a mixed tranche whose split was not reported. */
  unsplit: number
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
  const ownSeries =
    def.spansSeries === true ? new Map(checkReportedTotals(measures).map((c) => [c.measureId, c.ok])) : null
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
          removed: p.removed,
          ...countByGroup(m),
          total: p.total,
          reportedTotal: p.reportedTotal,
          reportedQualifier: m.reportedTotalQualifier,
          mismatch:
            p.reportedTotal !== null &&
            (ownSeries === null
              ? !agrees(p.total, p.reportedTotal, m.reportedTotalQualifier)
              : ownSeries.get(p.measureId) === false),
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

/** A count of what a tally counts, to be said in a sentence: "398 individuals", "398人". */
export function countOf(def: SeriesDefinition<string>, count: number): Said {
  return said(def.words.count, { count })
}

/** One or two sentences that say what the chart shows, for screen readers and as the chart's caption. */
export function summarizeTally(
  { t, fmt }: Pick<I18n, 't' | 'fmt'>,
  points: readonly TallyPoint[],
  def: SeriesDefinition<string>,
): string {
  const first = points[0]
  const last = points[points.length - 1]
  if (first === undefined || last === undefined) {
    return t('timeline.noTranches', { series: t(def.words.axis) })
  }
  const largest = points.reduce((a, b) => (b.added > a.added ? b : a))
  const added = countOf(
    def,
    points.reduce((n, p) => n + p.added, 0),
  )
  const span =
    points.length === 1
      ? t('timeline.summaryOne', { date: fmt.date(first.date), added, total: fmt.number(last.total) })
      : t('timeline.summaryMany', {
          count: points.length,
          from: fmt.date(first.date),
          to: fmt.date(last.date),
          added,
          total: fmt.number(last.total),
          largestDate: fmt.date(largest.date),
          largest: fmt.number(largest.added),
        })
  const removed = points.reduce((n, p) => n + p.removed, 0)
  const withRemoved = removed === 0 ? span : `${span} ${t('timeline.summaryRemoved', { count: removed })}`
  const mismatches = points.filter((p) => p.mismatch).length
  return mismatches === 0
    ? withRemoved
    : `${withRemoved} ${t('timeline.summaryMismatch', { count: mismatches })}`
}
