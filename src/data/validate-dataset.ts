/**
 * Validation at the boundary. A document that cannot be a dataset at all (not JSON, not an object,
 * unknown schemaVersion, unusable meta) is a fatal error. Otherwise every record is checked on its own:
 * bad records are left out and reported, good records are kept.
 *
 * Pure and synchronous, but steppable: `validateDatasetSteps` is a generator that yields progress every
 * few hundred records, so a Web Worker can report progress on a million records between steps.
 * Nothing here recurses on the document's depth, and every echoed value is clipped.
 */
import type { z } from 'zod'

import { describeValue, expectedErrorMap, fieldName, listKeys, valueAt } from '@/data/describe-issue'
import {
  SUPPORTED_SCHEMA_VERSIONS,
  dependencySchema,
  energyEventSchema,
  energyFigureSchema,
  goodsItemSchema,
  lngSupplierSchema,
  measureSchema,
  metaSchema,
  shareholderSchema,
  sourceSchema,
  type Dataset,
  type Energy,
} from '@/data/schema'

export type Collection =
  | 'sources'
  | 'measures'
  | 'goods'
  | 'energy.lngSuppliers'
  | 'energy.figures'
  | 'energy.sakhalin2Shareholders'
  | 'energy.dependencies'
  | 'energy.events'

/** One reason a record was rejected, in plain words. */
export interface Problem {
  collection: Collection | 'document'
  /** Position of the record in its list; null for a problem with the list itself. */
  index: number | null
  id: string | null
  field: string
  expected: string
  got: string
}

/** Why a document cannot be a dataset at all. `not-csv` and `too-large` come from reading a file (worker). */
export type FatalKind = 'not-json' | 'not-an-object' | 'schema-version' | 'meta' | 'not-csv' | 'too-large'

export interface FatalError {
  kind: FatalKind
  message: string
  problems: Problem[]
}

export type ValidationResult =
  | {
      ok: true
      dataset: Dataset
      problems: Problem[]
      rejected: number
      /** Problems found beyond the kept list (see ValidationOptions.maxProblems); counted, not listed. */
      omittedProblems: number
    }
  | { ok: false; error: FatalError }

export interface ValidationOptions {
  /** Problems kept in `problems`; the rest are only counted. Unlimited by default. */
  maxProblems?: number
  /** Records validated between two progress steps. */
  chunkSize?: number
  /** A document with more records is refused whole (fatal `too-large`). Unlimited by default. */
  maxRecords?: number
}

export interface ValidationProgress {
  validated: number
  total: number
}

/** One record with thousands of bad entries is listed by its first problems only. */
const MAX_PROBLEMS_PER_RECORD = 20
/** Sub-objects of a valid record are a few levels deep; a guard all the same, never unbounded recursion. */
const MAX_REFERENCE_DEPTH = 16

export { formatProblem } from '@/data/format-problem'

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function idOf(raw: unknown): string | null {
  return isRecord(raw) && Object.hasOwn(raw, 'id') && typeof raw.id === 'string' ? raw.id.slice(0, 80) : null
}

/** Where problems go: the first `max` are kept, the rest counted. */
interface ProblemSink {
  problems: Problem[]
  omitted: number
  max: number
}

function addProblems(sink: ProblemSink, found: readonly Problem[]): void {
  const take = Math.max(0, Math.min(found.length, MAX_PROBLEMS_PER_RECORD, sink.max - sink.problems.length))
  for (let i = 0; i < take; i++) sink.problems.push(found[i] as Problem)
  sink.omitted += found.length - take
}

interface Progress {
  validated: number
  total: number
  chunkSize: number
}

function zodProblems(
  collection: Problem['collection'],
  index: number | null,
  raw: unknown,
  error: z.ZodError,
) {
  return error.issues.map((issue): Problem => ({
    collection,
    index,
    id: idOf(raw),
    field:
      issue.code === 'unrecognized_keys'
        ? fieldName([...issue.path, listKeys(issue.keys, false)])
        : fieldName(issue.path),
    expected: issue.message,
    got: issue.code === 'unrecognized_keys' ? 'an unknown field' : describeValue(valueAt(raw, issue.path)),
  }))
}

interface CheckContext {
  sourceIds: ReadonlySet<string>
  measureIds: ReadonlySet<string>
}

/** Cross-record rules a single schema cannot see: source and measure ids must resolve. */
function referenceProblems(
  collection: Collection,
  index: number,
  record: unknown,
  ctx: CheckContext,
): Problem[] {
  const problems: Problem[] = []
  const id = idOf(record)
  const visit = (value: unknown, path: string[]) => {
    if (path.length > MAX_REFERENCE_DEPTH) return
    if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, [...path, String(i)]))
      return
    }
    if (!isRecord(value)) return
    for (const [key, v] of Object.entries(value)) {
      if (key === 'sourceIds' && Array.isArray(v)) {
        const missing = v.filter((s) => typeof s === 'string' && !ctx.sourceIds.has(s))
        if (missing.length > 0)
          problems.push({
            collection,
            index,
            id,
            field: [...path, key].join('.'),
            expected: 'ids of sources listed in "sources"',
            got: `unknown source id(s) ${listKeys(missing)}`,
          })
      } else if (key === 'measureId' && typeof v === 'string' && !ctx.measureIds.has(v)) {
        problems.push({
          collection,
          index,
          id,
          field: [...path, key].join('.'),
          expected: 'the id of a measure listed in "measures"',
          got: `unknown measure id "${v}"`,
        })
      } else {
        visit(v, [...path, key])
      }
    }
  }
  visit(record, [])
  return problems
}

interface CollectionResult<T> {
  valid: T[]
  rejected: number
}

function* validateCollection<T extends { id: string }>(
  collection: Collection,
  raw: unknown,
  schema: z.ZodType<T>,
  ctx: CheckContext | null,
  sink: ProblemSink,
  progress: Progress,
): Generator<ValidationProgress, CollectionResult<T>, void> {
  if (raw === undefined) return { valid: [], rejected: 0 }
  if (!Array.isArray(raw)) {
    addProblems(sink, [
      { collection, index: null, id: null, field: '(list)', expected: 'a list', got: describeValue(raw) },
    ])
    return { valid: [], rejected: 0 }
  }
  const valid: T[] = []
  const seen = new Set<string>()
  let rejected = 0
  for (let index = 0; index < raw.length; index++) {
    const record: unknown = raw[index]
    const parsed = schema.safeParse(record, { error: expectedErrorMap })
    let recordProblems: Problem[] = parsed.success ? [] : zodProblems(collection, index, record, parsed.error)
    if (parsed.success) {
      if (seen.has(parsed.data.id)) {
        recordProblems = [
          {
            collection,
            index,
            id: parsed.data.id,
            field: 'id',
            expected: `an id not used by another record in ${collection}`,
            got: `a second record with id "${parsed.data.id}"`,
          },
        ]
      } else if (ctx !== null) {
        recordProblems = referenceProblems(collection, index, parsed.data, ctx)
      }
    }
    if (parsed.success && recordProblems.length === 0) {
      seen.add(parsed.data.id)
      valid.push(parsed.data)
    } else {
      rejected += 1
      addProblems(sink, recordProblems)
    }
    progress.validated += 1
    if (progress.validated % progress.chunkSize === 0) {
      yield { validated: progress.validated, total: progress.total }
    }
  }
  return { valid, rejected }
}

const ENERGY_LISTS = ['lngSuppliers', 'figures', 'sakhalin2Shareholders', 'dependencies', 'events'] as const

function countRecords(input: Record<string, unknown>, energy: Record<string, unknown>): number {
  const lists = [input.sources, input.measures, input.goods, ...ENERGY_LISTS.map((k) => energy[k])]
  return lists.reduce<number>((n, list) => n + (Array.isArray(list) ? list.length : 0), 0)
}

/** Validates a dataset in one go. */
export function validateDataset(input: unknown, options: ValidationOptions = {}): ValidationResult {
  const steps = validateDatasetSteps(input, options)
  let step = steps.next()
  while (step.done !== true) step = steps.next()
  return step.value
}

/** Validates a dataset, yielding progress every `chunkSize` records; returns the result. */
export function* validateDatasetSteps(
  input: unknown,
  options: ValidationOptions = {},
): Generator<ValidationProgress, ValidationResult, void> {
  if (!isRecord(input)) {
    return {
      ok: false,
      error: {
        kind: 'not-an-object',
        message: `The dataset must be a JSON object with schemaVersion, meta, sources, measures, goods and energy; this file holds ${describeValue(input)}.`,
        problems: [],
      },
    }
  }
  const version = input.schemaVersion
  if (!(SUPPORTED_SCHEMA_VERSIONS as readonly unknown[]).includes(version)) {
    return {
      ok: false,
      error: {
        kind: 'schema-version',
        message: `This dataset declares schemaVersion ${describeValue(version)}; this dashboard reads schemaVersion ${SUPPORTED_SCHEMA_VERSIONS.join(', ')}.`,
        problems: [],
      },
    }
  }
  const meta = metaSchema.safeParse(input.meta, { error: expectedErrorMap })
  if (!meta.success) {
    const problems = zodProblems('document', null, input.meta, meta.error).map((p) => ({
      ...p,
      field: `meta.${p.field === '(record)' ? '' : p.field}`.replace(/\.$/, ''),
    }))
    return {
      ok: false,
      error: {
        kind: 'meta',
        message: 'The dataset\'s "meta" block (title, countries, as-of date, version, licence) is not valid.',
        problems,
      },
    }
  }

  const rawEnergy: Record<string, unknown> = isRecord(input.energy) ? input.energy : {}
  const sink: ProblemSink = { problems: [], omitted: 0, max: options.maxProblems ?? Infinity }
  if (input.energy !== undefined && !isRecord(input.energy)) {
    addProblems(sink, [
      {
        collection: 'document',
        index: null,
        id: null,
        field: 'energy',
        expected: 'an object',
        got: describeValue(input.energy),
      },
    ])
  }
  const total = countRecords(input, rawEnergy)
  if (total > (options.maxRecords ?? Infinity)) {
    const max = (options.maxRecords ?? 0).toLocaleString('en-GB')
    return {
      ok: false,
      error: {
        kind: 'too-large',
        message: `The dataset holds ${total.toLocaleString('en-GB')} records; the dashboard reads at most ${max}.`,
        problems: [],
      },
    }
  }
  const progress: Progress = { validated: 0, total, chunkSize: Math.max(1, options.chunkSize ?? 500) }
  const run = <T extends { id: string }>(
    collection: Collection,
    raw: unknown,
    schema: z.ZodType<T>,
    ctx: CheckContext | null,
  ) => validateCollection(collection, raw, schema, ctx, sink, progress)

  const sources = yield* run('sources', input.sources, sourceSchema, null)
  const sourceIds = new Set(sources.valid.map((s) => s.id))
  const noMeasures: CheckContext = { sourceIds, measureIds: new Set() }
  const measures = yield* run('measures', input.measures, measureSchema, noMeasures)
  const ctx: CheckContext = { sourceIds, measureIds: new Set(measures.valid.map((m) => m.id)) }
  const goods = yield* run('goods', input.goods, goodsItemSchema, ctx)
  const lngSuppliers = yield* run('energy.lngSuppliers', rawEnergy.lngSuppliers, lngSupplierSchema, ctx)
  const figures = yield* run('energy.figures', rawEnergy.figures, energyFigureSchema, ctx)
  const shareholders = yield* run(
    'energy.sakhalin2Shareholders',
    rawEnergy.sakhalin2Shareholders,
    shareholderSchema,
    ctx,
  )
  const dependencies = yield* run('energy.dependencies', rawEnergy.dependencies, dependencySchema, ctx)
  const events = yield* run('energy.events', rawEnergy.events, energyEventSchema, ctx)
  yield { validated: progress.validated, total: progress.total }

  const energy: Energy = {
    lngSuppliers: lngSuppliers.valid,
    figures: figures.valid,
    sakhalin2Shareholders: shareholders.valid,
    dependencies: dependencies.valid,
    events: events.valid,
  }
  const parts = [sources, measures, goods, lngSuppliers, figures, shareholders, dependencies, events]
  return {
    ok: true,
    dataset: {
      schemaVersion: version as number,
      meta: meta.data,
      sources: sources.valid,
      measures: measures.valid,
      goods: goods.valid,
      energy,
    },
    problems: sink.problems,
    rejected: parts.reduce((n, p) => n + p.rejected, 0),
    omittedProblems: sink.omitted,
  }
}

/** Parser messages can quote the input; a few hundred characters are enough to say what went wrong. */
function clip(text: string, max = 300): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

/** Parses JSON text, turning a parser failure into a fatal error a user can read (never an exception). */
export function parseDatasetJson(
  text: string,
): { ok: true; value: unknown } | { ok: false; error: FatalError } {
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch (e) {
    const message =
      e instanceof RangeError
        ? 'The dataset could not be read: it is too deeply nested or too large for the browser to parse.'
        : `The dataset is not valid JSON: ${clip(e instanceof Error ? e.message : String(e))}.`
    return { ok: false, error: { kind: 'not-json', message, problems: [] } }
  }
}

/** Parses JSON text first, so that a broken file is a clear error rather than an exception. */
export function validateDatasetText(text: string, options: ValidationOptions = {}): ValidationResult {
  const parsed = parseDatasetJson(text)
  return parsed.ok ? validateDataset(parsed.value, options) : parsed
}
