/**
 * Every kind of validation problem has words in both languages: each phrase the validator can produce
 * (what was expected, what was found, which field) is said in English, as precisely as before, and in
 * Japanese with nothing left untranslated. The schema's own messages are all known to the catalogue.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

import { describe, expect, it } from 'vitest'
import { z } from 'zod'

import { csvToRecords, type CsvRowFault } from '@/data/worker/csv-tables'
import {
  describeValue,
  expectedFor,
  fieldName,
  SCHEMA_MESSAGES,
  structuralErrorMap,
} from '@/data/validate/describe-issue'
import { formatProblem } from '@/data/validate/format-problem'
import { validateDataset, type Problem } from '@/data/validate/validate-dataset'
import { en } from '@/lib/i18n/messages-en'
import type { Said } from '@/lib/i18n/said'

import { makeDataset, makeGoodsItem, makeMeasure } from '../../fixtures/make-dataset'
import { EN, JA, problemFault, saidFault, sayEn, sayJa } from './i18n-harness'

type Issue = z.core.$ZodIssue

const JAPANESE = /[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/

function expectedOf(schema: z.ZodType, value: unknown): Said {
  const result = schema.safeParse(value, { error: structuralErrorMap })
  const issue = result.success ? undefined : result.error.issues[0]
  if (issue === undefined) throw new Error('the value was valid')
  return expectedFor(issue)
}

const many = (n: number, prefix: string) =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`${prefix}${i}`, i]))

/** Each zod issue the validator can meet, and what it says in English. */
const ZOD_CASES: Array<[string, z.ZodType, unknown, string]> = [
  ['a text', z.string(), 1, 'a text'],
  ['a number', z.number(), 'x', 'a number'],
  ['a whole number', z.number().int(), 1.5, 'a whole number'],
  ['a boolean', z.boolean(), 1, 'true or false'],
  ['a list', z.array(z.string()), 1, 'a list'],
  ['an object', z.object({}), 1, 'an object'],
  ['null', z.null(), 1, 'null'],
  ['another type', z.bigint(), 1, 'a value of type bigint'],
  ['one value', z.literal('exact'), 'x', '"exact"'],
  ['one of several', z.enum(['high', 'low']), 'x', 'one of "high", "low"'],
  ['a known field', z.strictObject({}), { colour: 1 }, 'only the documented fields (unknown: "colour")'],
  [
    'known fields, many unknown',
    z.strictObject({}),
    many(1200, 'k'),
    'only the documented fields (unknown: "k0", "k1", "k2", "k3", "k4" and 1,195 more)',
  ],
  ['entries', z.array(z.string()).min(2), [], 'at least 2 entries'],
  ['one entry', z.array(z.string()).min(1), [], 'at least 1 entry'],
  ['characters', z.string().min(3), '', 'at least 3 characters'],
  ['a number above', z.number().gt(1), 0, 'a number above 1'],
  ['a number of at least', z.number().min(1990), 0, 'a number of at least 1990'],
  ['at most entries', z.array(z.string()).max(20), Array(21).fill('a'), 'at most 20 entries'],
  ['at most characters', z.string().max(1000), 'x'.repeat(1001), 'at most 1,000 characters'],
  ['a number below', z.number().lt(1), 2, 'a number below 1'],
  ['a number of at most', z.number().max(2100), 3000, 'a number of at most 2100'],
  ['a format', z.email(), 'x', 'a value in the email format'],
  ['any other check', z.number().multipleOf(2), 3, 'a value that passes the check "not_multiple_of"'],
]

describe('what was expected', () => {
  it.each(ZOD_CASES)('says %s in both languages', (_label, schema, value, english) => {
    const expected = expectedOf(schema, value)
    expect(sayEn(expected)).toBe(english)
    expect(saidFault(expected)).toBeNull()
    // A value from the schema ("exact") is the same in every language; any phrase is Japanese.
    if (expected.key !== 'problem.expected.value') expect(sayJa(expected)).toMatch(JAPANESE)
  })

  it.each(SCHEMA_MESSAGES)(
    'says the schema’s rule "%s" word for word in English, and in Japanese',
    (message) => {
      const expected = expectedFor({ code: 'custom', message, path: [], input: null } as Issue)
      expect(sayEn(expected)).toBe(message)
      expect(saidFault(expected)).toBeNull()
      expect(sayJa(expected)).toMatch(JAPANESE)
    },
  )

  it('knows every message written into the schema', () => {
    const schema = readFileSync(resolve(process.cwd(), 'src/data/validate/schema.ts'), 'utf8')
    // The schema's messages are the quoted phrases passed to a check: "a …", "an …", "at …".
    const written = [...schema.matchAll(/(?:, |message: )'((?:a|an|at) [^']+)'/g)].map((m) => m[1])
    expect(written.length).toBeGreaterThanOrEqual(15)
    expect(written.filter((m) => !SCHEMA_MESSAGES.includes(m ?? ''))).toEqual([])
  })
})

describe('what was found', () => {
  it.each([
    [undefined, 'nothing (the field is missing)', 'なし（フィールドがありません）'],
    [null, 'null', 'null'],
    [[1, 2, 3], 'a list of 3', '3件のリスト'],
    [{ a: 1 }, 'an object', 'オブジェクト'],
    ['x'.repeat(100), `"${'x'.repeat(56)}…`, `"${'x'.repeat(56)}…`],
    [Infinity, 'Infinity', 'Infinity'],
  ])('says %j as it was, clipped, or by its kind', (value, english, japanese) => {
    expect(sayEn(describeValue(value))).toBe(english)
    expect(sayJa(describeValue(value))).toBe(japanese)
  })
})

/** A document with one of each cross-record and list problem. */
function problemsOfEveryKind(): Problem[] {
  const base = makeDataset()
  const measures = [
    ...(base.measures as unknown[]),
    makeMeasure({ id: 'm-1' }),
    makeMeasure({ id: 'far', sourceIds: ['s1', 's2', 's3', 's4', 's5', 's6', 's7'] }),
    makeMeasure({ id: 'near', sourceIds: ['src-a', 'gone'] }),
    makeMeasure({ id: 'wide', ...many(8, 'extra') }),
  ]
  const goods = [makeGoodsItem({ id: 'lost', measureId: 'm-404' }), 'not a record']
  // Designations in a dataset of a version before 4.
  const result = validateDataset({
    ...base,
    measures,
    goods,
    energy: { events: { not: 'a list' } },
    designations: [],
  })
  if (!result.ok) throw new Error('the document was refused whole')
  const faults: CsvRowFault[] = ['MissingQuotes', 'InvalidQuotes', 'TooManyFields']
  const rows = [['id', 'category', 'measureId'], ...faults.map((_, i) => [`g-${i}`, 'c'])]
  const csv = csvToRecords(
    'goods.csv',
    rows,
    faults.map((fault, i) => ({ row: i + 1, fault })),
  )
  return [...result.problems, ...(csv.ok ? csv.rowProblems : [])]
}

describe('a whole problem', () => {
  const problems = problemsOfEveryKind()
  const english = problems.map((p) => formatProblem(EN.t, p))

  it.each([
    'measures[4] (id "m-1"), field id: expected an id not used by another record in measures, got a second record with id "m-1"',
    'measures[5] (id "far"), field sourceIds: expected ids of sources listed in "sources", got unknown source ids "s1", "s2", "s3", "s4", "s5" and 2 more',
    'measures[6] (id "near"), field sourceIds: expected ids of sources listed in "sources", got unknown source id(s) "gone"',
    'measures[7] (id "wide"), field extra0, extra1, extra2, extra3, extra4 and 3 more: expected only the documented fields (unknown: "extra0", "extra1", "extra2", "extra3", "extra4" and 3 more), got an unknown field',
    'goods[0] (id "lost"), field measureId: expected the id of a measure listed in "measures", got unknown measure id "m-404"',
    'goods[1], field (record): expected an object, got "not a record"',
    'energy.events, field (list): expected a list, got an object',
    'designations, field (list): expected designations only in a dataset of schemaVersion 4, got a dataset of schemaVersion 1 (the designations were left out)',
    'goods[0] (id "g-0"), field (row): expected a well-formed CSV row of 3 cells, like the header, got 2 cells (a quoted cell is never closed)',
    'goods[1] (id "g-1"), field (row): expected a well-formed CSV row of 3 cells, like the header, got 2 cells (a quote in the wrong place)',
    'goods[2] (id "g-2"), field (row): expected a well-formed CSV row of 3 cells, like the header, got 2 cells',
  ])('says "%s" in English', (line) => {
    expect(english).toContain(line)
  })

  it('says each one in Japanese, with nothing left untranslated', () => {
    for (const p of problems) expect(problemFault(p)).toBeNull()
    expect(problems.map((p) => formatProblem(JA.t, p))).toContain(
      'goods[0]（id "lost"）、フィールド measureId：期待される値は"measures" に記載された措置のID、実際の値は不明な措置ID "m-404"',
    )
  })

  it('covers every phrase a problem can be made of', () => {
    const saids: Said[] = [
      ...problems.flatMap((p) => [p.field, p.expected, p.got]),
      ...ZOD_CASES.map(([, schema, value]) => expectedOf(schema, value)),
      ...SCHEMA_MESSAGES.map((message) =>
        expectedFor({ code: 'custom', message, path: [], input: null } as Issue),
      ),
      ...[undefined, null, [], {}, 'x'].map(describeValue),
      fieldName([]),
    ]
    const used = new Set(saids.map((s) => s.key))
    const phrases = Object.keys(en).filter((k) => /^problem\.(expected|got|field)\./.test(k))
    expect(phrases.filter((k) => !used.has(k as keyof typeof en))).toEqual([])
  })
})
