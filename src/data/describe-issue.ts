/**
 * Turns a zod issue into plain words: which field, what was expected, what was found.
 * Messages written into the schema are already phrased as "what was expected"; the rest are built here.
 */
import type { z } from 'zod'

type Issue = z.core.$ZodIssue

const TYPE_WORDS: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
}

export function expectedFor(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return TYPE_WORDS[issue.expected] ?? issue.expected
    case 'invalid_value':
      return issue.values.length === 1
        ? JSON.stringify(issue.values[0])
        : `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`
    case 'unrecognized_keys':
      return `only the documented fields (unknown: ${listKeys(issue.keys)})`
    case 'too_small':
      return issue.origin === 'array'
        ? `at least ${issue.minimum} entr${issue.minimum === 1 ? 'y' : 'ies'}`
        : issue.origin === 'string'
          ? `at least ${issue.minimum} character(s)`
          : `a number ${issue.inclusive === false ? 'above' : 'of at least'} ${issue.minimum}`
    case 'too_big':
      return issue.origin === 'array'
        ? `at most ${issue.maximum} entries`
        : issue.origin === 'string'
          ? `at most ${issue.maximum} characters`
          : `a number ${issue.inclusive === false ? 'below' : 'of at most'} ${issue.maximum}`
    case 'invalid_format':
      return `a value in the ${issue.format} format`
    default:
      return issue.message
  }
}

/** A short, safe rendering of the value that was found (never more than ~60 characters). */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)'
  if (value === null) return 'null'
  if (Array.isArray(value)) return `a list of ${value.length}`
  if (typeof value === 'object') return 'an object'
  const json = typeof value === 'string' ? JSON.stringify(value) : String(value)
  return json.length > 60 ? `${json.slice(0, 57)}…` : json
}

/** At most 5 names, each clipped: `"a", "b" and 3 more`. A record with 100,000 unknown keys stays one line. */
export function listKeys(keys: readonly string[], quoted = true, max = 5): string {
  const clip = (k: string) => (k.length > 60 ? `${k.slice(0, 57)}…` : k)
  const named = keys.slice(0, max).map((k) => (quoted ? describeValue(k) : clip(k)))
  const more = keys.length - named.length
  return more > 0 ? `${named.join(', ')} and ${more} more` : named.join(', ')
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

export function fieldName(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(record)' : path.map(String).join('.')
}

/** Error map for safeParse: built-in issues get "expected" phrasing; the schema's own messages win. */
export const expectedErrorMap = (issue: z.core.$ZodRawIssue): string =>
  // A raw issue carries every field expectedFor reads; only message and path are still unset.
  expectedFor(issue as unknown as Issue)
