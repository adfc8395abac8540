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

import { parsePlainGoodsItem } from '@/data/validate/fast-goods'
import {
  describeValue,
  echo,
  expectedFor,
  fieldName,
  fieldPath,
  listKeys,
  structuralErrorMap,
  valueAt,
} from '@/data/validate/describe-issue'
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
  type BilingualDataset,
  type RawEnergy,
} from '@/data/validate/schema'
import type { Collection, Problem } from '@/data/validate/problem'
import { designationSchema, type Designation } from '@/data/official/designation'
import { said, type Said } from '@/lib/i18n/said'

export type { Collection, Problem } from '@/data/validate/problem'

/** Why a document cannot be a dataset at all. `not-csv` and `too-large` come from reading a file (worker). */
export type FatalKind =
  'not-json' | 'not-an-object' | 'schema-version' | 'meta' | 'not-csv' | 'too-large' | 'workbook'

export interface FatalError {
  kind: FatalKind
  /** What exactly is wrong, said on the page in the reader's language. */
  message: Said
  problems: Problem[]
}

export type ValidationResult =
  | {
      ok: true
      dataset: BilingualDataset
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
  prefix: readonly string[] = [],
) {
  return error.issues.map((issue): Problem => ({
    collection,
    index,
    id: idOf(raw),
    field:
      issue.code === 'unrecognized_keys'
        ? unknownKeysField([...prefix, ...issue.path], issue.keys)
        : fieldName([...prefix, ...issue.path]),
    expected: expectedFor(issue),
    got:
      issue.code === 'unrecognized_keys'
        ? said('problem.got.unknownField')
        : describeValue(valueAt(raw, issue.path)),
  }))
}

/** The unknown fields themselves: "colour", or "k0, k1, k2, k3, k4 and 99,995 more". */
function unknownKeysField(path: readonly PropertyKey[], keys: readonly string[]): Said {
  const { names, more } = listKeys(keys, false)
  const full = [...path.map(String), names].join('.')
  return more > 0 ? said('problem.field.pathMore', { path: full, count: more }) : fieldPath(full)
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
  // One path, extended and shortened as the walk goes (a copy per field was most of the cost of
  // checking 100,000 goods); it is joined only for a problem.
  const path: string[] = []
  const visit = (value: unknown) => {
    if (path.length > MAX_REFERENCE_DEPTH) return
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const v: unknown = value[i]
        if (typeof v !== 'object' || v === null) continue
        path.push(String(i))
        visit(v)
        path.pop()
      }
      return
    }
    if (!isRecord(value)) return
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue
      const v = value[key]
      if (key === 'sourceIds' && Array.isArray(v)) {
        const missing = v.filter((s) => typeof s === 'string' && !ctx.sourceIds.has(s))
        if (missing.length > 0) {
          const { names, more } = listKeys(missing)
          problems.push({
            collection,
            index,
            id,
            field: fieldPath([...path, key].join('.')),
            expected: said('problem.expected.knownSourceIds'),
            got:
              more > 0
                ? said('problem.got.unknownSourceIdsMore', { ids: names, count: more })
                : said('problem.got.unknownSourceIds', { ids: names }),
          })
        }
      } else if (key === 'measureId' && typeof v === 'string' && !ctx.measureIds.has(v)) {
        problems.push({
          collection,
          index,
          id,
          field: fieldPath([...path, key].join('.')),
          expected: said('problem.expected.knownMeasureId'),
          got: said('problem.got.unknownMeasureId', { id: echo(v) }),
        })
      } else if (typeof v === 'object' && v !== null) {
        path.push(key)
        visit(v)
        path.pop()
      }
    }
  }
  visit(record)
  return problems
}

interface CollectionResult<T> {
  valid: T[]
  rejected: number
}

const FAST_PATHS: Partial<Record<Collection, (raw: unknown) => unknown>> = { goods: parsePlainGoodsItem }

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
      {
        collection,
        index: null,
        id: null,
        field: said('problem.field.list'),
        expected: said('problem.expected.list'),
        got: describeValue(raw),
      },
    ])
    return { valid: [], rejected: 0 }
  }
  const valid: T[] = []
  // Plain, well-formed records of a large collection skip zod (same result, see validate/fast-goods.ts).
  const fast = FAST_PATHS[collection] as ((raw: unknown) => T | undefined) | undefined
  const seen = new Set<string>()
  let rejected = 0
  for (let index = 0; index < raw.length; index++) {
    const record: unknown = raw[index]
    const quick = fast?.(record)
    const parsed: z.ZodSafeParseResult<T> =
      quick !== undefined
        ? { success: true, data: quick }
        : schema.safeParse(record, { error: structuralErrorMap })
    let recordProblems: Problem[] = parsed.success ? [] : zodProblems(collection, index, record, parsed.error)
    if (parsed.success) {
      if (seen.has(parsed.data.id)) {
        recordProblems = [
          {
            collection,
            index,
            id: parsed.data.id,
            field: fieldPath('id'),
            expected: said('problem.expected.uniqueId', { collection }),
            got: said('problem.got.duplicateId', { id: echo(parsed.data.id) }),
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
  const lists = [
    input.sources,
    input.measures,
    input.goods,
    ...ENERGY_LISTS.map((k) => energy[k]),
    input.designations,
  ]
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
        message: notAnObject(input),
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
        message:
          version === undefined
            ? said('dataset.fatal.schemaVersionMissing', { supported: SUPPORTED_SCHEMA_VERSIONS.join(', ') })
            : said('dataset.fatal.schemaVersion', {
                found:
                  typeof version === 'object' && version !== null
                    ? Array.isArray(version)
                      ? '[…]'
                      : '{…}'
                    : echo(version),
                supported: SUPPORTED_SCHEMA_VERSIONS.join(', '),
              }),
        problems: [],
      },
    }
  }
  const meta = metaSchema.safeParse(input.meta, { error: structuralErrorMap })
  if (!meta.success) {
    // Meta's fields are named from the document's root: "meta.asOf", or "meta" for the block itself.
    const problems = zodProblems('document', null, input.meta, meta.error, ['meta'])
    return {
      ok: false,
      error: {
        kind: 'meta',
        message: said('dataset.fatal.meta'),
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
        field: fieldPath('energy'),
        expected: said('problem.expected.object'),
        got: describeValue(input.energy),
      },
    ])
  }
  const total = countRecords(input, rawEnergy)
  if (total > (options.maxRecords ?? Infinity)) {
    return {
      ok: false,
      error: {
        kind: 'too-large',
        message: said('dataset.fatal.tooManyRecords', { count: total, max: options.maxRecords ?? 0 }),
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
  // Designations (version 4) stand on their own: each names its ministry's file, not a source record.
  const hasDesignations = version === 4 && input.designations !== undefined
  if (input.designations !== undefined && version !== 4) {
    addProblems(sink, [
      {
        collection: 'designations',
        index: null,
        id: null,
        field: said('problem.field.list'),
        expected: said('problem.expected.designationsVersion'),
        got: said('problem.got.schemaVersion', { version: echo(version) }),
      },
    ])
  }
  const designations = hasDesignations
    ? yield* run('designations', input.designations, designationRecordSchema, null)
    : { valid: [], rejected: 0 }
  yield { validated: progress.validated, total: progress.total }

  const energy: RawEnergy = {
    lngSuppliers: lngSuppliers.valid,
    figures: figures.valid,
    sakhalin2Shareholders: shareholders.valid,
    dependencies: dependencies.valid,
    events: events.valid,
  }
  const parts = [
    sources,
    measures,
    goods,
    lngSuppliers,
    figures,
    shareholders,
    dependencies,
    events,
    designations,
  ]
  return {
    ok: true,
    dataset: {
      schemaVersion: version as number,
      meta: meta.data,
      sources: sources.valid,
      measures: measures.valid,
      goods: goods.valid,
      energy,
      ...(version === 4 ? { designations: designations.valid.map(withoutId) } : {}),
    },
    problems: sink.problems,
    rejected: parts.reduce((n, p) => n + p.rejected, 0),
    omittedProblems: sink.omitted,
  }
}

/**
 * A designation checked as a record of its list: its id (for duplicates and problem lines) is its list,
 * entry and dates, which no two rows of the ministries' lists share.
 */
const designationRecordSchema = designationSchema.transform((d) => ({
  ...d,
  id: `${d.list}:${d.entry}:${d.designated ?? ''}:${d.delisted ?? ''}`,
}))
const withoutId = ({ id: _id, ...d }: Designation & { id: string }): Designation => d

/** What a document that is not an object holds, in the fatal message. */
function notAnObject(input: unknown): Said {
  if (Array.isArray(input)) return said('dataset.fatal.notAnObjectList', { count: input.length })
  return said('dataset.fatal.notAnObject', { found: input === undefined ? '—' : echo(input) })
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
    // The parser's own reason is the browser's text, in the browser's language; it is quoted as it is.
    const message =
      e instanceof RangeError
        ? said('dataset.fatal.tooDeep')
        : said('dataset.fatal.notJson', { detail: clip(e instanceof Error ? e.message : String(e)) })
    return { ok: false, error: { kind: 'not-json', message, problems: [] } }
  }
}

/** Parses JSON text first, so that a broken file is a clear error rather than an exception. */
export function validateDatasetText(text: string, options: ValidationOptions = {}): ValidationResult {
  const parsed = parseDatasetJson(text)
  return parsed.ok ? validateDataset(parsed.value, options) : parsed
}
