/**
 * The sanctions dataset format, validated at the boundary with zod.
 * docs/dataset.md documents every field; keep the two in step.
 *
 * Records (sources, measures, goods, energy items) are validated one by one so that a bad record
 * is reported and left out while the good ones are kept (see validate-dataset.ts).
 */
import { z } from 'zod'

import { ID_PATTERN, MEASURE_TYPES } from '@/data/vocabulary'

// The page's Content-Security-Policy forbids eval. Without this, zod probes `new Function` once, and the
// browser reports a CSP violation even though zod catches the error and falls back (as fast here).
z.config({ jitless: true })

export const SUPPORTED_SCHEMA_VERSIONS = [1] as const

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

export const CONFIDENCES = ['high', 'medium', 'low'] as const
export const confidence = z.enum(CONFIDENCES)

/** How a figure was worded by its source: 141 is "exact", "about 140" is "about", ">700" is "more_than". */
export const QUALIFIERS = ['exact', 'about', 'more_than', 'at_least', 'up_to'] as const
export const qualifier = z.enum(QUALIFIERS)

const sourceIds = z.array(recordId).min(1, 'at least one source id')
const count = z.number().int('a whole number').nonnegative('a count of zero or more').max(10_000_000)

export const sourceSchema = z.strictObject({
  id: recordId,
  title: text(500),
  publisher: text(200),
  url: httpUrl,
  published: isoDate.nullable(),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language tag such as "en" or "ja"'),
  confidence,
  note: text(1000).optional(),
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

/** Whose persons or organisations a measure lists. DPR/LPR-linked people are counted with Russia,
 * as Japan's cumulative figures do; "mixed" is a tranche whose split was not reported. */
export const TARGET_COUNTRIES = ['RU', 'BY', 'JP', 'mixed'] as const

export const COUNT_UNITS = ['persons', 'organisations', 'items', 'categories', 'technologies'] as const

export const alternativeFigure = z.strictObject({
  value: z.number().nonnegative().max(1e12),
  qualifier: qualifier.default('exact'),
  sourceIds,
  note: text(1000).optional(),
})

export const measureAlternative = alternativeFigure.extend({
  field: z.enum(['added', 'reportedTotal']),
})

export const measureSchema = z
  .strictObject({
    id: recordId,
    type: measureType,
    direction: z.enum(DIRECTIONS),
    announced: isoDate,
    effective: isoDate.nullable(),
    target: z.enum(TARGET_KINDS),
    targetCountry: z.enum(TARGET_COUNTRIES),
    title: text(200),
    description: text(2000),
    added: count.nullable(),
    unit: z.enum(COUNT_UNITS).nullable(),
    reportedTotal: count.nullable(),
    reportedTotalQualifier: qualifier.default('exact'),
    sourceIds,
    confidence,
    alternatives: z.array(measureAlternative).max(20).default([]),
    /** A major decision, marked on the timeline's time axis. */
    headline: z.boolean().default(false),
  })
  .refine((m) => m.effective === null || m.effective >= m.announced, {
    message: 'an effective date on or after the announced date',
    path: ['effective'],
  })
  .refine((m) => (m.added === null && m.reportedTotal === null) || m.unit !== null, {
    message: 'a unit (persons, organisations, items…) whenever a count is given',
    path: ['unit'],
  })

export const goodsItemSchema = z
  .strictObject({
    id: recordId,
    /** null only for an item a source counts but names nowhere (unidentified: true). */
    name: text(500).nullable(),
    nameJa: text(500).nullable().default(null),
    category: text(100),
    measureId: recordId,
    effective: isoDate,
    hsCodes: z
      .array(z.string().regex(/^\d{2}(\.?\d{2}){0,4}$/, 'an HS code such as "22.03" or "4401.21"'))
      .default([]),
    /** How many of the measure's counted items this row stands for; null for an example or group of unknown size. */
    itemCount: count.nullable().default(1),
    unidentified: z.boolean().default(false),
    note: text(1000).optional(),
    sourceIds,
    confidence,
  })
  .refine((g) => g.unidentified === (g.name === null), {
    message: 'a name, or unidentified: true with name: null for an item no source names',
    path: ['name'],
  })

/** A sourced figure: a value with its unit, wording and provenance. */
export const figureSchema = z.strictObject({
  value: z.number().nonnegative().max(1e12),
  unit: z.enum(['%', 'Mt', 'Mt/yr', 'bcm', 'b/d', 'JPY bn', 'rank']),
  qualifier: qualifier.default('exact'),
  /** true when the figure is our arithmetic, not a number read in a source. */
  derived: z.boolean().default(false),
  sourceIds,
  confidence,
  note: text(1000).optional(),
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
  name: text(200),
  stake: figureSchema,
  stakeLabel: text(100),
  /** What became of the stake in the 2022 takeover. */
  outcome: text(500),
  sourceIds,
  confidence,
})

export const dependencySchema = z.strictObject({
  id: recordId,
  commodity: z.enum(['crude_oil', 'coal', 'thermal_coal', 'lng', 'palladium']),
  label: text(200),
  year: z.number().int().min(1990).max(2100),
  share: figureSchema,
})

export const energyEventSchema = z.strictObject({
  id: recordId,
  date: isoDate,
  subject: z.enum(['lng', 'sakhalin2', 'crude_oil', 'coal']),
  title: text(300),
  description: text(2000),
  /** The measure this event is part of, so the page-wide measure-type filter applies to it. */
  measureId: recordId.nullable().default(null),
  sourceIds,
  confidence,
})

export const energyFigureSchema = z.strictObject({
  id: recordId,
  subject: z.enum(['lng', 'sakhalin2', 'crude_oil', 'coal', 'trade']),
  label: text(300),
  year: z.number().int().min(1990).max(2100),
  figure: figureSchema,
})

export const metaSchema = z.strictObject({
  title: text(300),
  subtitle: text(500).optional(),
  imposingCountry: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166 country code such as "JP"'),
  targetCountry: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166 country code such as "RU"'),
  asOf: isoDate,
  coverage: z.strictObject({ from: isoDate, to: isoDate }),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'a version such as "1.0.0"'),
  licence: text(1000),
})

/** Collections validated record by record. Their element schemas live above. */
export type Source = z.infer<typeof sourceSchema>
export type Measure = z.infer<typeof measureSchema>
export type MeasureType = Measure['type']
export type MeasureAlternative = z.infer<typeof measureAlternative>
export type GoodsItem = z.infer<typeof goodsItemSchema>
export type Figure = z.infer<typeof figureSchema>
export type AlternativeFigure = z.infer<typeof alternativeFigure>
export type Qualifier = z.infer<typeof qualifier>
export type Confidence = z.infer<typeof confidence>
export type LngSupplier = z.infer<typeof lngSupplierSchema>
export type Shareholder = z.infer<typeof shareholderSchema>
export type Dependency = z.infer<typeof dependencySchema>
export type EnergyEvent = z.infer<typeof energyEventSchema>
export type EnergyFigure = z.infer<typeof energyFigureSchema>
export type Meta = z.infer<typeof metaSchema>

export interface Energy {
  lngSuppliers: LngSupplier[]
  /** Totals, Russia's rank and tonnes, and other single LNG and Sakhalin-2 figures. */
  figures: EnergyFigure[]
  sakhalin2Shareholders: Shareholder[]
  dependencies: Dependency[]
  events: EnergyEvent[]
}

/** The dataset after validation: only records that passed. */
export interface Dataset {
  schemaVersion: number
  meta: Meta
  sources: Source[]
  measures: Measure[]
  goods: GoodsItem[]
  energy: Energy
}
