/**
 * The sanctions dataset format, validated at the boundary with zod.
 * docs/dataset.md documents every field; keep the two in step.
 *
 * Records (sources, measures, goods, energy items) are validated one by one so that a bad record
 * is reported and left out while the good ones are kept (see validate/validate-dataset.ts).
 */
import { z } from 'zod'

import type { Designation } from '@/data/official/designation'

import { CONFIDENCES, ID_PATTERN, MEASURE_TYPES, OCCUPIED_UKRAINE } from '@/data/vocabulary'

// The page's Content-Security-Policy forbids eval. Without this, zod probes `new Function` once, and the
// browser reports a CSP violation even though zod catches the error and falls back (as fast here).
z.config({ jitless: true })

/**
 * 1: texts are English strings; 2 adds bilingual texts ({ "en", "ja" }) and Japanese categories;
 * 3 adds what the rounds after 2022 need: any target country with per-country counts, delistings,
 * price caps and thresholds, extensions, and service bans.
 */
export const SUPPORTED_SCHEMA_VERSIONS = [1, 2, 3, 4] as const
export const CURRENT_SCHEMA_VERSION = 4

/** A calendar date, YYYY-MM-DD, inside the range a sanctions record can plausibly carry. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`)
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
  }, 'a real calendar date')
  .refine((s) => s >= '1990-01-01' && s <= '2100-12-31', 'a date between 1990-01-01 and 2100-12-31')

export const recordId = z.string().regex(ID_PATTERN, 'an id of lower-case letters, digits, ".", "_" or "-"')

/** Only http(s): a javascript: or data: link must never reach an href. */
export const httpUrl = z
  .string()
  .max(2000, 'a URL of at most 2000 characters')
  .refine((s) => {
    try {
      const u = new URL(s)
      return u.protocol === 'http:' || u.protocol === 'https:'
    } catch {
      return false
    }
  }, 'an absolute http:// or https:// URL')

const text = (max: number) =>
  z.string().trim().min(1, 'a non-empty text').max(max, `at most ${max} characters`)

/** Dataset text in English, Japanese or both. */
export interface LocalText {
  en: string | null
  ja: string | null
}

/**
 * Display text: a plain string (English, as in schema version 1), or `{ "en": …, "ja": … }` with at least
 * one of the two. Parsed to { en, ja }; the page shows the reader's language (localize.ts).
 */
const localText = (max: number) =>
  z
    .union(
      [
        text(max),
        z
          // null as well as absent: what this schema writes (LocalText) must read back the same.
          .strictObject({ en: text(max).nullable().optional(), ja: text(max).nullable().optional() })
          .refine((t) => (t.en ?? null) !== null || (t.ja ?? null) !== null, 'an English or Japanese text'),
      ],
      { error: 'a text, or an object with "en" and/or "ja" texts' },
    )
    .transform((t): LocalText =>
      typeof t === 'string' ? { en: t, ja: null } : { en: t.en ?? null, ja: t.ja ?? null },
    )

export const confidence = z.enum(CONFIDENCES)

/** How a figure was worded by its source: 141 is "exact", "about 140" is "about", ">700" is "more_than". */
export const QUALIFIERS = ['exact', 'about', 'more_than', 'at_least', 'up_to'] as const
export const qualifier = z.enum(QUALIFIERS)

const sourceIds = z.array(recordId).min(1, 'at least one source id')
const count = z.number().int('a whole number').nonnegative('a count of zero or more').max(10_000_000)

export const sourceSchema = z.strictObject({
  id: recordId,
  title: text(500),
  publisher: localText(200),
  url: httpUrl,
  published: isoDate.nullable(),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language tag such as "en" or "ja"'),
  confidence,
  note: localText(1000).optional(),
})

export { MEASURE_TYPES }
export const measureType = z.enum(MEASURE_TYPES)

export const DIRECTIONS = ['JP→RU', 'RU→JP'] as const

export const TARGET_KINDS = [
  'individual',
  'entity',
  'bank',
  'goods',
  'technology',
  'services',
  'commodity',
  'region',
  'state',
  'diplomat',
  'project',
] as const

/**
 * Whose persons or organisations a measure lists: an ISO 3166-1 alpha-2 code, "UA-occupied" (the ministries'
 * category for Crimea, Sevastopol and the occupied east and south of Ukraine), or "mixed" (several countries:
 * the split is in `byCountry`, or was not reported). On a Japanese measure, "RU" is Russia-related as Japan
 * counts it, the occupied regions included; `byCountry` gives the split where a source reports it.
 */
export { OCCUPIED_UKRAINE }
const COUNTRY_CODE = /^[A-Z]{2}$/
export const targetCountry = z
  .string()
  .refine(
    (c) => COUNTRY_CODE.test(c) || c === OCCUPIED_UKRAINE || c === 'mixed',
    'an ISO 3166 country code such as "RU", "UA-occupied", "mixed"',
  )
/** A country a count can be split by: a code or the occupied regions of Ukraine (never "mixed"). */
export const splitCountry = z
  .string()
  .refine(
    (c) => COUNTRY_CODE.test(c) || c === OCCUPIED_UKRAINE,
    'an ISO 3166 country code such as "CN", "UA-occupied"',
  )

/** Units of a price cap or threshold (schema version 3). */
export const LIMIT_UNITS = ['USD/bbl', 'ct', 'cc', 'USD', 'JPY'] as const

export const COUNT_UNITS = ['persons', 'organisations', 'items', 'categories', 'technologies'] as const

export const alternativeFigure = z.strictObject({
  value: z.number().nonnegative().max(1e12),
  qualifier: qualifier.default('exact'),
  sourceIds,
  note: localText(1000).optional(),
})

export const measureAlternative = alternativeFigure.extend({
  field: z.enum(['added', 'reportedTotal']),
})

/** Part of a measure's count, by country (schema version 3): 10 Jan 2025, Hong Kong 11 of 31. */
export const countryCount = z.strictObject({
  country: splitCountry,
  added: count,
})

/** A price cap or threshold a measure sets, with the level it replaced (crude: 47.6 USD/bbl, was 60). */
export const measureLimit = z.strictObject({
  subject: localText(200),
  value: z.number().nonnegative().max(1e12),
  unit: z.enum(LIMIT_UNITS),
  /** The level this one replaced, or null for a first cap or threshold. */
  previous: z.number().nonnegative().max(1e12).nullable().default(null),
})

export const measureSchema = z
  .strictObject({
    id: recordId,
    type: measureType,
    direction: z.enum(DIRECTIONS),
    announced: isoDate,
    effective: isoDate.nullable(),
    target: z.enum(TARGET_KINDS),
    targetCountry,
    title: localText(200),
    description: localText(2000),
    added: count.nullable(),
    unit: z.enum(COUNT_UNITS).nullable(),
    reportedTotal: count.nullable(),
    reportedTotalQualifier: qualifier.default('exact'),
    sourceIds,
    confidence,
    alternatives: z.array(measureAlternative).max(20).default([]),
    /** A major decision, marked on the timeline's time axis. */
    headline: z.boolean().default(false),
    /** The count split by country, where a source reports it; its sum is checked against `added`. */
    byCountry: z.array(countryCount).max(250).default([]),
    /** Designations removed from the list by this record (delistings): running totals go down by it. */
    removed: count.default(0),
    /** Price caps and thresholds this measure sets. */
    limits: z.array(measureLimit).max(20).default([]),
    /** For an extension: the measure it extends (an id in `measures`), and the date it now runs until. */
    extends: recordId.nullable().default(null),
    until: isoDate.nullable().default(null),
  })
  .refine((m) => m.effective === null || m.effective >= m.announced, {
    message: 'an effective date on or after the announced date',
    path: ['effective'],
  })
  .refine((m) => (m.added === null && m.reportedTotal === null) || m.unit !== null, {
    message: 'a unit (persons, organisations, items…) whenever a count is given',
    path: ['unit'],
  })
  .refine((m) => m.until === null || m.until >= m.announced, {
    message: 'an end date on or after the announced date',
    path: ['until'],
  })
  .refine((m) => new Set(m.byCountry.map((c) => c.country)).size === m.byCountry.length, {
    message: 'each country once in byCountry',
    path: ['byCountry'],
  })

export const goodsItemSchema = z
  .strictObject({
    id: recordId,
    /** null only for an item a source counts but names nowhere (unidentified: true). */
    name: text(500).nullable(),
    nameJa: text(500).nullable().default(null),
    /** The English name is the key filters and links use; a Japanese-only category is its own key. */
    category: localText(100),
    /** The Japanese name of a category given as a plain string (what this schema writes back). */
    categoryJa: text(100).nullable().optional(),
    measureId: recordId,
    effective: isoDate,
    hsCodes: z
      .array(z.string().regex(/^\d{2}(\.?\d{2}){0,4}$/, 'an HS code such as "22.03" or "4401.21"'))
      .default([]),
    /** How many of the measure's counted items this row stands for; null for an example or group of unknown size. */
    itemCount: count.nullable().default(1),
    unidentified: z.boolean().default(false),
    note: localText(1000).optional(),
    sourceIds,
    confidence,
  })
  .refine((g) => g.unidentified === (g.name === null), {
    message: 'a name, or unidentified: true with name: null for an item no source names',
    path: ['name'],
  })
  .transform(({ category, categoryJa, ...g }) => ({
    ...g,
    category: category.en ?? category.ja ?? '',
    categoryJa: category.ja ?? categoryJa ?? null,
  }))

/** A sourced figure: a value with its unit, wording and provenance. */
export const figureSchema = z.strictObject({
  value: z.number().nonnegative().max(1e12),
  unit: z.enum(['%', 'Mt', 'Mt/yr', 'bcm', 'b/d', 'JPY bn', 'rank']),
  qualifier: qualifier.default('exact'),
  /** true when the figure is our arithmetic, not a number read in a source. */
  derived: z.boolean().default(false),
  sourceIds,
  confidence,
  note: localText(1000).optional(),
  alternatives: z.array(alternativeFigure).max(20).default([]),
})

export const lngSupplierSchema = z.strictObject({
  id: recordId,
  country: text(100),
  countryJa: text(100).nullable().default(null),
  share: figureSchema,
})

export const shareholderSchema = z.strictObject({
  id: recordId,
  name: localText(200),
  stake: figureSchema,
  stakeLabel: localText(100),
  /** What became of the stake in the 2022 takeover. */
  outcome: localText(500),
  sourceIds,
  confidence,
})

export const dependencySchema = z.strictObject({
  id: recordId,
  commodity: z.enum(['crude_oil', 'coal', 'thermal_coal', 'lng', 'palladium']),
  label: localText(200),
  year: z.number().int().min(1990).max(2100),
  share: figureSchema,
})

export const energyEventSchema = z.strictObject({
  id: recordId,
  date: isoDate,
  subject: z.enum(['lng', 'sakhalin2', 'crude_oil', 'coal']),
  title: localText(300),
  description: localText(2000),
  /** The measure this event is part of, so the page-wide measure-type filter applies to it. */
  measureId: recordId.nullable().default(null),
  sourceIds,
  confidence,
})

export const energyFigureSchema = z.strictObject({
  id: recordId,
  subject: z.enum(['lng', 'sakhalin2', 'crude_oil', 'coal', 'trade']),
  label: localText(300),
  year: z.number().int().min(1990).max(2100),
  figure: figureSchema,
})

export const metaSchema = z.strictObject({
  title: localText(300),
  subtitle: localText(500).optional(),
  imposingCountry: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166 country code such as "JP"'),
  targetCountry: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166 country code such as "RU"'),
  asOf: isoDate,
  coverage: z.strictObject({ from: isoDate, to: isoDate }),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'a version such as "1.0.0"'),
  licence: localText(1000),
})

/**
 * A record with its dataset texts in one language: what the panels show. The validated dataset keeps both
 * languages (LocalText); localize.ts turns it into this shape for the reader's language.
 */
export type Localized<T> = T extends LocalText
  ? string
  : T extends ReadonlyArray<infer U>
    ? Array<Localized<U>>
    : T extends object
      ? { [K in keyof T]: Localized<T[K]> }
      : T

export type RawSource = z.infer<typeof sourceSchema>
export type RawMeasure = z.infer<typeof measureSchema>
export type RawGoodsItem = z.infer<typeof goodsItemSchema>
export type RawLngSupplier = z.infer<typeof lngSupplierSchema>
export type RawShareholder = z.infer<typeof shareholderSchema>
export type RawDependency = z.infer<typeof dependencySchema>
export type RawEnergyEvent = z.infer<typeof energyEventSchema>
export type RawEnergyFigure = z.infer<typeof energyFigureSchema>
export type RawMeta = z.infer<typeof metaSchema>

/** Records as the panels see them: texts in the reader's language. */
export type Source = Localized<RawSource>
export type Measure = Localized<RawMeasure>
export type MeasureType = Measure['type']
export type MeasureAlternative = Localized<z.infer<typeof measureAlternative>>
export type CountryCount = z.infer<typeof countryCount>
export type MeasureLimit = Localized<z.infer<typeof measureLimit>>
export type GoodsItem = Localized<RawGoodsItem>
export type Figure = Localized<z.infer<typeof figureSchema>>
export type AlternativeFigure = Localized<z.infer<typeof alternativeFigure>>
export type Qualifier = z.infer<typeof qualifier>
export type Confidence = z.infer<typeof confidence>
export type LngSupplier = Localized<RawLngSupplier>
export type Shareholder = Localized<RawShareholder>
export type Dependency = Localized<RawDependency>
export type EnergyEvent = Localized<RawEnergyEvent>
export type EnergyFigure = Localized<RawEnergyFigure>
export type Meta = Localized<RawMeta>

export interface RawEnergy {
  lngSuppliers: RawLngSupplier[]
  figures: RawEnergyFigure[]
  sakhalin2Shareholders: RawShareholder[]
  dependencies: RawDependency[]
  events: RawEnergyEvent[]
}

/** The dataset after validation: only records that passed, with their texts in both languages. */
export interface BilingualDataset {
  schemaVersion: number
  meta: RawMeta
  sources: RawSource[]
  measures: RawMeasure[]
  goods: RawGoodsItem[]
  energy: RawEnergy
  /**
   * Version 4: designations on the official lists, name by name. When present they replace the bundled
   * lists they cover (public/data/designations.json, loaded on demand).
   */
  designations?: Designation[]
}

export interface Energy {
  lngSuppliers: LngSupplier[]
  /** Totals, Russia's rank and tonnes, and other single LNG and Sakhalin-2 figures. */
  figures: EnergyFigure[]
  sakhalin2Shareholders: Shareholder[]
  dependencies: Dependency[]
  events: EnergyEvent[]
}

/** The dataset in the reader's language (localize.ts): what every panel reads. */
export interface Dataset {
  schemaVersion: number
  meta: Meta
  sources: Source[]
  measures: Measure[]
  goods: GoodsItem[]
  energy: Energy
  designations?: Designation[]
}

/** A measure's fields that are not text: what checks and counts read, from either form of the dataset. */
export type MeasureFacts = Omit<Measure, 'title' | 'description' | 'alternatives' | 'limits'> & {
  alternatives: ReadonlyArray<Omit<MeasureAlternative, 'note'>>
  limits: ReadonlyArray<Omit<MeasureLimit, 'subject'>>
}
/** A goods row's fields that are not text. */
export type GoodsFacts = Omit<GoodsItem, 'note'>
