/**
 * The dashboard's shareable view state and its URL form: which measure types, which dates, which
 * tally and which figure views a link opens on.
 *
 * Pure: no React, no window or location. The caller hands in `location.search` and writes back what
 * `serializeViewState` returns. A bad link never throws: whatever cannot be read is left at its default
 * and explained in a plain-English notice, with echoed values clipped so a hostile URL cannot flood the page.
 */
import type { MeasureType } from '@/data/schema'
import { isIsoDate, isRecordId, MEASURE_TYPES } from '@/data/vocabulary'
import {
  DEFAULT_GOODS_SORT,
  GOODS_SORT_KEYS,
  type GoodsSort,
  type GoodsSortKey,
} from '@/data/shape/goods-rows'

export const TIMELINE_SERIES = [
  'individuals',
  'entities',
  'banks',
  'export-entities',
  'export-goods',
  'import-goods',
] as const
export type TimelineSeries = (typeof TIMELINE_SERIES)[number]

export const VIEW_MODES = ['chart', 'table'] as const
export type ViewMode = (typeof VIEW_MODES)[number]

export interface ViewState {
  /** Measure types shown; null means all types (the default). An empty array means none. */
  types: MeasureType[] | null
  /** Inclusive date range on the announced date, YYYY-MM-DD; null = open. */
  from: string | null
  to: string | null
  /** Which tally the timeline chart shows. */
  series: TimelineSeries
  /** Chart or table twin, per figure: timeline (the counts chart) and retaliation (Russia's entry bans). */
  timelineView: ViewMode
  retaliationView: ViewMode
  /** Goods explorer: free-text search, categories (null = all), one tranche (a measure id) and sort. */
  goodsSearch: string
  goodsCategories: string[] | null
  goodsTranche: string | null
  goodsSort: GoodsSort
}

export const DEFAULT_VIEW_STATE: ViewState = {
  types: null,
  from: null,
  to: null,
  series: 'individuals',
  timelineView: 'chart',
  retaliationView: 'chart',
  goodsSearch: '',
  goodsCategories: null,
  goodsTranche: null,
  goodsSort: DEFAULT_GOODS_SORT,
}

/** URL parameter names, in one place. */
export const VIEW_PARAMS = {
  types: 'types',
  from: 'from',
  to: 'to',
  series: 'series',
  timelineView: 'tview',
  retaliationView: 'rview',
  goodsSearch: 'q',
  goodsCategories: 'cat',
  goodsTranche: 'tranche',
  goodsSort: 'gsort',
} as const

/** Separates categories in "cat"; a category name containing it cannot be shared by link. */
export const CATEGORY_SEPARATOR = '|'
const MAX_SEARCH = 200
const MAX_CATEGORY = 100
const MAX_CATEGORIES = 50

/** Parameters other features own (dataset URL, language); parse leaves them alone, without a notice. */
export const FOREIGN_PARAMS: readonly string[] = ['data', 'lang']

export interface ParsedViewState {
  state: ViewState
  notices: string[]
}

/** The longest value echoed back in a notice, in characters, before it is cut with '…'. */
const MAX_ECHO = 40
/** Unknown measure types named in one notice; the rest are counted. */
const MAX_NAMED_TYPES = 2
/** Notices kept from one link; the rest are summed up in a last notice. */
const MAX_NOTICES = 8

const OWN_PARAMS: readonly string[] = Object.values(VIEW_PARAMS)

/** A value safe and short enough to show: control characters blanked, at most MAX_ECHO characters. */
function clip(value: string): string {
  const chars = Array.from(value.slice(0, MAX_ECHO * 2).replace(/\p{Cc}/gu, ' '))
  return chars.length > MAX_ECHO ? `${chars.slice(0, MAX_ECHO).join('')}…` : chars.join('')
}

const quote = (value: string) => `"${clip(value)}"`

const isMeasureType = (value: string): value is MeasureType =>
  (MEASURE_TYPES as readonly string[]).includes(value)

const isSeries = (value: string): value is TimelineSeries =>
  (TIMELINE_SERIES as readonly string[]).includes(value)

const isViewMode = (value: string): value is ViewMode => (VIEW_MODES as readonly string[]).includes(value)

const isValidDate = isIsoDate

/** Types in MEASURE_TYPES order, without repeats or strangers; all of them is null (the default). */
function normalizeTypes(types: readonly string[] | null): MeasureType[] | null {
  if (types === null) return null
  const kept = MEASURE_TYPES.filter((t) => types.includes(t))
  return kept.length === MEASURE_TYPES.length ? null : kept
}

function parseTypes(raw: string, notices: string[]): MeasureType[] | null {
  const name = VIEW_PARAMS.types
  if (raw.trim() === '') return []
  const items = raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
  const known = items.filter(isMeasureType)
  const unknown = [...new Set(items.filter((s) => !isMeasureType(s)))]
  if (unknown.length === 0) return normalizeTypes(known)

  const fallback = known.length === 0 ? 'showed all measure types instead' : 'kept the other types listed'
  if (unknown.length === 1) {
    notices.push(`Ignored the unknown measure type ${quote(unknown[0] ?? '')} in "${name}"; ${fallback}.`)
  } else {
    const named = unknown.slice(0, MAX_NAMED_TYPES).map(quote).join(', ')
    const more = unknown.length - MAX_NAMED_TYPES
    const list = more > 0 ? `${named} and ${more} more` : named
    notices.push(`Ignored ${unknown.length} unknown measure types in "${name}" (${list}); ${fallback}.`)
  }
  return known.length === 0 ? null : normalizeTypes(known)
}

function parseDate(name: string, raw: string, edge: 'start' | 'end', notices: string[]): string | null {
  if (isValidDate(raw)) return raw
  notices.push(
    `Ignored the parameter "${name}": ${quote(raw)} is not a real date written YYYY-MM-DD ` +
      `between 1990-01-01 and 2100-12-31; used no ${edge} date instead.`,
  )
  return null
}

function parseChoice<T extends string>(
  name: string,
  raw: string,
  isChoice: (value: string) => value is T,
  choices: readonly T[],
  fallback: T,
  notices: string[],
): T {
  if (isChoice(raw)) return raw
  const oneOf =
    choices.length === 2 ? `${choices[0] ?? ''} or ${choices[1] ?? ''}` : `one of ${choices.join(', ')}`
  notices.push(`Ignored the parameter "${name}": ${quote(raw)} is not ${oneOf}; used "${fallback}" instead.`)
  return fallback
}

function parseCategories(raw: string, notices: string[]): string[] | null {
  const items = [...new Set(raw.split(CATEGORY_SEPARATOR).map((c) => c.trim()))].filter((c) => c !== '')
  const kept = items.filter((c) => c.length <= MAX_CATEGORY).slice(0, MAX_CATEGORIES)
  if (kept.length < items.length) {
    notices.push(
      `Ignored ${items.length - kept.length} of the categories in "${VIEW_PARAMS.goodsCategories}" ` +
        `(too long or too many).`,
    )
  }
  return raw.trim() === '' ? [] : kept.length === 0 ? null : kept.sort()
}

function parseGoodsSort(raw: string): GoodsSort | null {
  const dir = raw.startsWith('-') ? 'desc' : 'asc'
  const key = dir === 'desc' ? raw.slice(1) : raw
  return (GOODS_SORT_KEYS as readonly string[]).includes(key) ? { key: key as GoodsSortKey, dir } : null
}

/** Reads the view state from a query string ('?a=b' or 'a=b'); never throws. */
export function parseViewState(search: string): ParsedViewState {
  const params = new URLSearchParams(search)
  const notices: string[] = []
  const first = new Map<string, string>()

  for (const key of new Set(params.keys())) {
    if (FOREIGN_PARAMS.includes(key)) continue
    if (!OWN_PARAMS.includes(key)) {
      notices.push(`Ignored the unknown parameter ${quote(key)}.`)
      continue
    }
    const values = params.getAll(key)
    const value = values[0] ?? ''
    first.set(key, value)
    if (values.length > 1) {
      notices.push(
        `The parameter "${key}" appears ${values.length} times; used the first value, ${quote(value)}, ` +
          'and ignored the rest.',
      )
    }
  }

  const state: ViewState = { ...DEFAULT_VIEW_STATE }

  const types = first.get(VIEW_PARAMS.types)
  if (types !== undefined) state.types = parseTypes(types, notices)

  const from = first.get(VIEW_PARAMS.from)
  if (from !== undefined) state.from = parseDate(VIEW_PARAMS.from, from, 'start', notices)
  const to = first.get(VIEW_PARAMS.to)
  if (to !== undefined) state.to = parseDate(VIEW_PARAMS.to, to, 'end', notices)
  if (state.from !== null && state.to !== null && state.from > state.to) {
    notices.push(
      `Ignored the dates "${VIEW_PARAMS.from}" (${state.from}) and "${VIEW_PARAMS.to}" (${state.to}): ` +
        'the start is after the end; used the full date range instead.',
    )
    state.from = null
    state.to = null
  }

  const series = first.get(VIEW_PARAMS.series)
  if (series !== undefined) {
    state.series = parseChoice(
      VIEW_PARAMS.series,
      series,
      isSeries,
      TIMELINE_SERIES,
      DEFAULT_VIEW_STATE.series,
      notices,
    )
  }
  const timelineView = first.get(VIEW_PARAMS.timelineView)
  if (timelineView !== undefined) {
    state.timelineView = parseChoice(
      VIEW_PARAMS.timelineView,
      timelineView,
      isViewMode,
      VIEW_MODES,
      DEFAULT_VIEW_STATE.timelineView,
      notices,
    )
  }
  const retaliationView = first.get(VIEW_PARAMS.retaliationView)
  if (retaliationView !== undefined) {
    state.retaliationView = parseChoice(
      VIEW_PARAMS.retaliationView,
      retaliationView,
      isViewMode,
      VIEW_MODES,
      DEFAULT_VIEW_STATE.retaliationView,
      notices,
    )
  }

  const goodsSearch = first.get(VIEW_PARAMS.goodsSearch)
  if (goodsSearch !== undefined) {
    state.goodsSearch = goodsSearch.slice(0, MAX_SEARCH)
    if (goodsSearch.length > MAX_SEARCH) {
      notices.push(`Shortened the search "${VIEW_PARAMS.goodsSearch}" to its first ${MAX_SEARCH} characters.`)
    }
  }
  const categories = first.get(VIEW_PARAMS.goodsCategories)
  if (categories !== undefined) state.goodsCategories = parseCategories(categories, notices)
  const tranche = first.get(VIEW_PARAMS.goodsTranche)
  if (tranche !== undefined) {
    if (isRecordId(tranche)) state.goodsTranche = tranche
    else
      notices.push(
        `Ignored the parameter "${VIEW_PARAMS.goodsTranche}": ${quote(tranche)} is not a measure id.`,
      )
  }
  const sort = first.get(VIEW_PARAMS.goodsSort)
  if (sort !== undefined) {
    const parsed = parseGoodsSort(sort)
    if (parsed !== null) state.goodsSort = parsed
    else
      notices.push(
        `Ignored the parameter "${VIEW_PARAMS.goodsSort}": ${quote(sort)} is not one of ` +
          `${GOODS_SORT_KEYS.join(', ')} (with "-" in front for descending); sorted by effective date instead.`,
      )
  }

  if (notices.length > MAX_NOTICES) {
    const rest = notices.length - (MAX_NOTICES - 1)
    notices.splice(MAX_NOTICES - 1, Infinity, `Ignored ${rest} more problems with the link's parameters.`)
  }
  return { state, notices }
}

/**
 * Writes the view state as a query string: '' for the default state, else '?a=b&c=d' with the
 * parameters in a fixed order (types, from, to, series, tview, rview) and defaults left out.
 */
export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams()
  const types = normalizeTypes(state.types)
  if (types !== null) params.set(VIEW_PARAMS.types, types.join(','))
  if (state.from !== null) params.set(VIEW_PARAMS.from, state.from)
  if (state.to !== null) params.set(VIEW_PARAMS.to, state.to)
  if (state.series !== DEFAULT_VIEW_STATE.series) params.set(VIEW_PARAMS.series, state.series)
  if (state.timelineView !== DEFAULT_VIEW_STATE.timelineView) {
    params.set(VIEW_PARAMS.timelineView, state.timelineView)
  }
  if (state.retaliationView !== DEFAULT_VIEW_STATE.retaliationView) {
    params.set(VIEW_PARAMS.retaliationView, state.retaliationView)
  }
  if (state.goodsSearch !== '') params.set(VIEW_PARAMS.goodsSearch, state.goodsSearch)
  if (state.goodsCategories !== null) {
    params.set(VIEW_PARAMS.goodsCategories, [...state.goodsCategories].sort().join(CATEGORY_SEPARATOR))
  }
  if (state.goodsTranche !== null) params.set(VIEW_PARAMS.goodsTranche, state.goodsTranche)
  const sort = state.goodsSort
  if (sort.key !== DEFAULT_VIEW_STATE.goodsSort.key || sort.dir !== DEFAULT_VIEW_STATE.goodsSort.dir) {
    params.set(VIEW_PARAMS.goodsSort, `${sort.dir === 'desc' ? '-' : ''}${sort.key}`)
  }
  const query = params.toString().replace(/%2C/gi, ',').replace(/%7C/gi, '|')
  return query === '' ? '' : `?${query}`
}

/** True when both states show the same view (types compared as sets; all types equals null). */
export function viewStatesEqual(a: ViewState, b: ViewState): boolean {
  const typesA = normalizeTypes(a.types)
  const typesB = normalizeTypes(b.types)
  const sameTypes =
    typesA === null || typesB === null
      ? typesA === typesB
      : typesA.length === typesB.length && typesA.every((t, i) => t === typesB[i])
  return (
    sameTypes &&
    a.from === b.from &&
    a.to === b.to &&
    a.series === b.series &&
    a.timelineView === b.timelineView &&
    a.retaliationView === b.retaliationView &&
    a.goodsSearch === b.goodsSearch &&
    (a.goodsCategories ?? []).join(CATEGORY_SEPARATOR) ===
      (b.goodsCategories ?? []).join(CATEGORY_SEPARATOR) &&
    (a.goodsCategories === null) === (b.goodsCategories === null) &&
    a.goodsTranche === b.goodsTranche &&
    a.goodsSort.key === b.goodsSort.key &&
    a.goodsSort.dir === b.goodsSort.dir
  )
}
