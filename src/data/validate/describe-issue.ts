/**
 * Turns a zod issue into structured words: which field, what was expected, what was found. Validation
 * runs in a Web Worker and its problems cross postMessage, so every phrase here is a `Said` (a catalogue
 * key and its parameters), said in the reader's language only on the page.
 *
 * Messages written into the schema (validate/schema.ts) are English phrases of "what was expected"; each is mapped
 * to its catalogue key here (SCHEMA_RULES), and a test checks that every one of them is mapped.
 */
import type { z } from 'zod'

import { said, type Said } from '@/lib/i18n/said'

type Issue = z.core.$ZodIssue

/** The schema's own messages, word for word, and what they say in the catalogue. */
const SCHEMA_RULES: ReadonlyMap<string, Said> = new Map([
  ['a date written YYYY-MM-DD', said('problem.expected.dateFormat')],
  ['a real calendar date', said('problem.expected.realDate')],
  [
    'a date between 1990-01-01 and 2100-12-31',
    said('problem.expected.dateBetween', { from: '1990-01-01', to: '2100-12-31' }),
  ],
  ['an id of lower-case letters, digits, ".", "_" or "-"', said('problem.expected.recordId')],
  ['a URL of at most 2000 characters', said('problem.expected.urlLength', { max: '2000' })],
  ['an absolute http:// or https:// URL', said('problem.expected.httpUrl')],
  ['a non-empty text', said('problem.expected.nonEmptyText')],
  ['a text, or an object with "en" and/or "ja" texts', said('problem.expected.localText')],
  ['an English or Japanese text', said('problem.expected.englishOrJapanese')],
  ['at least one source id', said('problem.expected.sourceIds')],
  ['a whole number', said('problem.expected.int')],
  ['a count of zero or more', said('problem.expected.count')],
  ['a language tag such as "en" or "ja"', said('problem.expected.languageTag')],
  ['an effective date on or after the announced date', said('problem.expected.effectiveAfterAnnounced')],
  [
    'a unit (persons, organisations, items…) whenever a count is given',
    said('problem.expected.unitWithCount'),
  ],
  [
    'a name, or unidentified: true with name: null for an item no source names',
    said('problem.expected.nameOrUnidentified'),
  ],
  ['an HS code such as "22.03" or "4401.21"', said('problem.expected.hsCode')],
  ['an ISO 3166 country code such as "JP"', said('problem.expected.countryCode', { example: '"JP"' })],
  ['an ISO 3166 country code such as "RU"', said('problem.expected.countryCode', { example: '"RU"' })],
  [
    'an ISO 3166 country code such as "RU", "UA-occupied", "mixed"',
    said('problem.expected.countryCode', { example: '"RU", "UA-occupied", "mixed"' }),
  ],
  [
    'an ISO 3166 country code such as "CN", "UA-occupied"',
    said('problem.expected.countryCode', { example: '"CN", "UA-occupied"' }),
  ],
  ['an end date on or after the announced date', said('problem.expected.untilAfterAnnounced')],
  ['each country once in byCountry', said('problem.expected.countriesOnce')],
  ['a version such as "1.0.0"', said('problem.expected.version')],
])

/** The schema messages this module knows, for the test that keeps it in step with validate/schema.ts. */
export const SCHEMA_MESSAGES: readonly string[] = [...SCHEMA_RULES.keys()]

const TYPE_KEYS = {
  string: 'problem.expected.string',
  number: 'problem.expected.number',
  int: 'problem.expected.int',
  boolean: 'problem.expected.boolean',
  array: 'problem.expected.list',
  object: 'problem.expected.object',
  null: 'problem.expected.null',
} as const

function typeExpected(type: string): Said {
  return Object.hasOwn(TYPE_KEYS, type)
    ? said(TYPE_KEYS[type as keyof typeof TYPE_KEYS])
    : said('problem.expected.type', { type })
}

/** A schema value as JSON ("high", 1, null); bigints and undefined, which JSON cannot write, as text. */
const quote = (v: unknown): string => (typeof v === 'bigint' ? String(v) : (JSON.stringify(v) ?? String(v)))

export function expectedFor(issue: Issue): Said {
  const rule = SCHEMA_RULES.get(issue.message)
  if (rule !== undefined) return rule
  switch (issue.code) {
    case 'invalid_type':
      return typeExpected(issue.expected)
    case 'invalid_value':
      return issue.values.length === 1
        ? said('problem.expected.value', { value: quote(issue.values[0]) })
        : said('problem.expected.oneOf', { values: issue.values.map(quote).join(', ') })
    case 'unrecognized_keys': {
      const { names, more } = listKeys(issue.keys)
      return more > 0
        ? said('problem.expected.knownFieldsMore', { keys: names, count: more })
        : said('problem.expected.knownFields', { keys: names })
    }
    case 'too_small':
      // Bounds of numbers are written as they are (a year is "1990", not "1,990"); counts are formatted.
      return issue.origin === 'array'
        ? said('problem.expected.minEntries', { count: Number(issue.minimum) })
        : issue.origin === 'string'
          ? said('problem.expected.minChars', { count: Number(issue.minimum) })
          : issue.inclusive === false
            ? said('problem.expected.above', { min: String(issue.minimum) })
            : said('problem.expected.atLeast', { min: String(issue.minimum) })
    case 'too_big':
      return issue.origin === 'array'
        ? said('problem.expected.maxEntries', { count: Number(issue.maximum) })
        : issue.origin === 'string'
          ? said('problem.expected.maxChars', { count: Number(issue.maximum) })
          : issue.inclusive === false
            ? said('problem.expected.below', { max: String(issue.maximum) })
            : said('problem.expected.atMost', { max: String(issue.maximum) })
    case 'invalid_format':
      return said('problem.expected.format', { format: issue.format })
    default:
      // Not reached by the schema today (its custom rules are all in SCHEMA_RULES); named by its code.
      return said('problem.expected.other', { rule: issue.code })
  }
}

/** A short, safe rendering of the value that was found (the echoed text never more than ~60 characters). */
export function describeValue(value: unknown): Said {
  if (value === undefined) return said('problem.got.missing')
  if (value === null) return said('problem.got.value', { value: 'null' })
  if (Array.isArray(value)) return said('problem.got.list', { count: value.length })
  if (typeof value === 'object') return said('problem.got.object')
  return said('problem.got.value', { value: echo(value) })
}

/** A value as it was written, clipped: strings quoted ("2022-02-30"), numbers as they are (2.5, Infinity). */
export function echo(value: unknown): string {
  const json = typeof value === 'string' ? JSON.stringify(value) : String(value)
  return json.length > 60 ? `${json.slice(0, 57)}…` : json
}

/**
 * At most 5 names, each clipped, and how many more: a record with 100,000 unknown keys stays one line.
 * The names are identifiers from the file, joined the same way in every language.
 */
export function listKeys(keys: readonly string[], quoted = true, max = 5): { names: string; more: number } {
  const clip = (k: string) => (k.length > 60 ? `${k.slice(0, 57)}…` : k)
  const named = keys.slice(0, max).map((k) => (quoted ? echo(k) : clip(k)))
  return { names: named.join(', '), more: keys.length - named.length }
}

/** The value at a path, reading own properties only (never "constructor" or "__proto__" of a prototype). */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = root
  for (const key of path) {
    if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, key)) return undefined
    cur = (cur as Record<PropertyKey, unknown>)[key]
  }
  return cur
}

/** The field's path ("share.sourceIds", "hsCodes.1"), or the record itself for an empty path. */
export function fieldName(path: readonly PropertyKey[]): Said {
  return path.length === 0 ? said('problem.field.record') : fieldPath(path.map(String).join('.'))
}

export function fieldPath(path: string): Said {
  return said('problem.field.path', { path })
}

/**
 * Error map for safeParse: the schema's own messages win (they name the rule, see SCHEMA_RULES); every
 * other issue is described from its code by expectedFor, so zod need not build an English message for it.
 */
export const structuralErrorMap = (): string => ''
