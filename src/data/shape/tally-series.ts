/**
 * The tallies the dashboard counts (the timeline's series, the headline figures): which records each adds up,
 * and the catalogue keys that name it. Pure: shared by every panel that counts, so no panel imports another.
 */
import { isRussiaRelated, isThirdCountry } from '@/data/shape/country-groups'
import { typeSelected, type MeasureFilter } from '@/data/shape/filter'
import type { Measure, MeasureType } from '@/data/validate/schema'
import type { MessageKey } from '@/lib/i18n/translate'

/** The tallies a link can name (?series=), in the order the series switch offers them. */
export const TIMELINE_SERIES = [
  'individuals',
  'entities',
  'banks',
  'export-entities',
  'export-third',
  'export-goods',
  'import-goods',
] as const
export type TimelineSeries = (typeof TIMELINE_SERIES)[number]

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

export function seriesById(id: TimelineSeries): SeriesDefinition {
  return JAPAN_SERIES.find((s) => s.id === id) ?? (JAPAN_SERIES[0] as SeriesDefinition)
}

/** The series the measure-type filter leaves visible, and that have data. */
export function availableSeries(measures: readonly Measure[], f: MeasureFilter): SeriesDefinition[] {
  return JAPAN_SERIES.filter((s) => typeSelected(s.type, f) && measures.some(s.match))
}
