/**
 * Validation at the boundary. A document that cannot be a dataset at all (not JSON, not an object,
 * unknown schemaVersion, unusable meta) is a fatal error. Otherwise every record is checked on its own:
 * bad records are left out and reported, good records are kept.
 */
import type { z } from 'zod'

import { describeValue, expectedErrorMap, fieldName, valueAt } from '@/data/describe-issue'
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

export type FatalKind = 'not-json' | 'not-an-object' | 'schema-version' | 'meta'

export interface FatalError {
  kind: FatalKind
  message: string
  problems: Problem[]
}

export type ValidationResult =
  { ok: true; dataset: Dataset; problems: Problem[]; rejected: number } | { ok: false; error: FatalError }

export function formatProblem(p: Problem): string {
  const where =
    p.index === null ? p.collection : `${p.collection}[${p.index}]${p.id === null ? '' : ` (id "${p.id}")`}`
  return `${where}, field ${p.field}: expected ${p.expected}, got ${p.got}`
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function idOf(raw: unknown): string | null {
  return isRecord(raw) && typeof raw.id === 'string' ? raw.id.slice(0, 80) : null
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
        ? fieldName([...issue.path, issue.keys.join(', ')])
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
            got: `unknown source id(s) ${missing.map((m) => `"${m}"`).join(', ')}`,
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
  problems: Problem[]
  rejected: number
}

function validateCollection<T extends { id: string }>(
  collection: Collection,
  raw: unknown,
  schema: z.ZodType<T>,
  ctx: CheckContext | null,
): CollectionResult<T> {
  if (raw === undefined) return { valid: [], problems: [], rejected: 0 }
  if (!Array.isArray(raw)) {
    return {
      valid: [],
      rejected: 0,
      problems: [
        { collection, index: null, id: null, field: '(list)', expected: 'a list', got: describeValue(raw) },
      ],
    }
  }
  const valid: T[] = []
  const problems: Problem[] = []
  const seen = new Set<string>()
  let rejected = 0
  raw.forEach((record: unknown, index) => {
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
      problems.push(...recordProblems)
    }
  })
  return { valid, problems, rejected }
}

export function validateDataset(input: unknown): ValidationResult {
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

  const sources = validateCollection('sources', input.sources, sourceSchema, null)
  const sourceIds = new Set(sources.valid.map((s) => s.id))
  const noMeasures: CheckContext = { sourceIds, measureIds: new Set() }
  const measures = validateCollection('measures', input.measures, measureSchema, noMeasures)
  const ctx: CheckContext = { sourceIds, measureIds: new Set(measures.valid.map((m) => m.id)) }
  const goods = validateCollection('goods', input.goods, goodsItemSchema, ctx)

  const rawEnergy: Record<string, unknown> = isRecord(input.energy) ? input.energy : {}
  const energyProblems: Problem[] =
    input.energy === undefined || isRecord(input.energy)
      ? []
      : [
          {
            collection: 'document',
            index: null,
            id: null,
            field: 'energy',
            expected: 'an object',
            got: describeValue(input.energy),
          },
        ]
  const lngSuppliers = validateCollection(
    'energy.lngSuppliers',
    rawEnergy.lngSuppliers,
    lngSupplierSchema,
    ctx,
  )
  const figures = validateCollection('energy.figures', rawEnergy.figures, energyFigureSchema, ctx)
  const shareholders = validateCollection(
    'energy.sakhalin2Shareholders',
    rawEnergy.sakhalin2Shareholders,
    shareholderSchema,
    ctx,
  )
  const dependencies = validateCollection(
    'energy.dependencies',
    rawEnergy.dependencies,
    dependencySchema,
    ctx,
  )
  const events = validateCollection('energy.events', rawEnergy.events, energyEventSchema, ctx)

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
    problems: [...energyProblems, ...parts.flatMap((p) => p.problems)],
    rejected: parts.reduce((n, p) => n + p.rejected, 0),
  }
}

/** Parses JSON text first, so that a broken file is a clear error rather than an exception. */
export function validateDatasetText(text: string): ValidationResult {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (e) {
    return {
      ok: false,
      error: {
        kind: 'not-json',
        message: `The dataset is not valid JSON: ${e instanceof Error ? e.message : String(e)}.`,
        problems: [],
      },
    }
  }
  return validateDataset(parsed)
}
