/**
 * The dashboard's shareable view state and its URL form: which measure types, which dates, which
 * tally and which figure views a link opens on.
 *
 * Pure: no React, no window or location. The caller hands in `location.search` and writes back what
 * `serializeViewState` returns. A bad link never throws: whatever cannot be read is left at its default
 * and explained in a notice (a message said in the reader's language), with echoed values clipped so a hostile URL cannot flood the page.
 */
import type { MeasureType } from '@/data/validate/schema'
import { isIsoDate, isRecordId, MEASURE_TYPES } from '@/data/vocabulary'
import {
  DEFAULT_GOODS_SORT,
  GOODS_SORT_KEYS,
  type GoodsSort,
  type GoodsSortKey,
} from '@/data/goods/goods-index'
import { LIST_IDS, type ListId } from '@/data/official/list-ids'
import { said, type Said } from '@/lib/i18n/said'
import { TIMELINE_SERIES, type TimelineSeries } from '@/data/shape/tally-series'

export { TIMELINE_SERIES, type TimelineSeries }

/** How the timeline splits its tally: not at all, or by target country (Russia, occupied Ukraine, Belarus, third countries). */
export const BREAKDOWNS = ['none', 'country'] as const
export type Breakdown = (typeof BREAKDOWNS)[number]

/** Where the timeline's counts come from: the press-reported tranche figures, or the official lists name by name. */
export const COUNT_SOURCES = ['press', 'lists'] as const
export type CountSource = (typeof COUNT_SOURCES)[number]

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
  /** Whether it is split by target country. */
  breakdown: Breakdown
  /** Chart or table twin, per figure: timeline (the counts chart) and retaliation (Russia's entry bans). */
  timelineView: ViewMode
  retaliationView: ViewMode
  /** Goods explorer: free-text search, categories (null = all), one tranche (a measure id) and sort. */
  goodsSearch: string
  goodsCategories: string[] | null
  goodsTranche: string | null
  goodsSort: GoodsSort
  /** Where the timeline's tallies are counted from. */
  counts: CountSource
  /** "Who is listed": the names searched, one list (null = all), one country (ISO alpha-2), designation dates, delisted too. */
  namesQuery: string
  namesList: ListId | null
  namesCountry: string | null
  namesFrom: string | null
  namesTo: string | null
  namesDelisted: boolean
}

export const DEFAULT_VIEW_STATE: ViewState = {
  types: null,
  from: null,
  to: null,
  series: 'individuals',
  breakdown: 'none',
  timelineView: 'chart',
  retaliationView: 'chart',
  goodsSearch: '',
  goodsCategories: null,
  goodsTranche: null,
  goodsSort: DEFAULT_GOODS_SORT,
  counts: 'press',
  namesQuery: '',
  namesList: null,
  namesCountry: null,
  namesFrom: null,
  namesTo: null,
  namesDelisted: false,
}

/** URL parameter names, in one place. */
export const VIEW_PARAMS = {
  types: 'types',
  from: 'from',
  to: 'to',
  series: 'series',
  breakdown: 'by',
  timelineView: 'tview',
  retaliationView: 'rview',
  goodsSearch: 'q',
  goodsCategories: 'cat',
  goodsTranche: 'tranche',
  goodsSort: 'gsort',
  counts: 'counts',
  namesQuery: 'who',
  namesList: 'list',
  namesCountry: 'country',
  namesFrom: 'lfrom',
  namesTo: 'lto',
  namesDelisted: 'delisted',
} as const

/** Separates categories in "cat"; a category name containing it cannot be shared by link. */
export const CATEGORY_SEPARATOR = '|'
const MAX_SEARCH = 200
const MAX_CATEGORY = 100
const MAX_CATEGORIES = 50

/** Parameters other features own (dataset URL, language); parse leaves them alone, without a notice. */
export const FOREIGN_PARAMS: readonly string[] = ['data', 'lang', 'era', 'embed']

export interface ParsedViewState {
  state: ViewState
  notices: Said[]
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

/** A value from the link, quoted and clipped, for a notice. */
export const quote = (value: string) => `"${clip(value)}"`

const isMeasureType = (value: string): value is MeasureType =>
  (MEASURE_TYPES as readonly string[]).includes(value)

const isSeries = (value: string): value is TimelineSeries =>
  (TIMELINE_SERIES as readonly string[]).includes(value)
const isBreakdown = (value: string): value is Breakdown => (BREAKDOWNS as readonly string[]).includes(value)

const isViewMode = (value: string): value is ViewMode => (VIEW_MODES as readonly string[]).includes(value)
const isCountSource = (value: string): value is CountSource =>
  (COUNT_SOURCES as readonly string[]).includes(value)
const isListId = (value: string): value is ListId => (LIST_IDS as readonly string[]).includes(value)
const isCountry = (value: string) => /^[A-Z]{2}$/.test(value)

const isValidDate = isIsoDate

/** Types in MEASURE_TYPES order, without repeats or strangers; all of them is null (the default). */
function normalizeTypes(types: readonly string[] | null): MeasureType[] | null {
  if (types === null) return null
  const kept = MEASURE_TYPES.filter((t) => types.includes(t))
  return kept.length === MEASURE_TYPES.length ? null : kept
}

function parseTypes(raw: string, notices: Said[]): MeasureType[] | null {
  const name = VIEW_PARAMS.types
  if (raw.trim() === '') return []
  const items = raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
  const known = items.filter(isMeasureType)
  const unknown = [...new Set(items.filter((s) => !isMeasureType(s)))]
  if (unknown.length === 0) return normalizeTypes(known)

  const fallback = said(known.length === 0 ? 'url.typesFallbackAll' : 'url.typesFallbackKept')
  if (unknown.length === 1) {
    notices.push(said('url.unknownType', { value: quote(unknown[0] ?? ''), param: name, fallback }))
  } else {
    const named = unknown.slice(0, MAX_NAMED_TYPES).map(quote).join(', ')
    const more = unknown.length - MAX_NAMED_TYPES
    const list = more > 0 ? said('common.andMore', { list: named, count: more }) : named
    notices.push(said('url.unknownTypes', { count: unknown.length, param: name, list, fallback }))
  }
  return known.length === 0 ? null : normalizeTypes(known)
}

function parseDate(name: string, raw: string, edge: 'start' | 'end', notices: Said[]): string | null {
  if (isValidDate(raw)) return raw
  notices.push(
    said(edge === 'start' ? 'url.badDateStart' : 'url.badDateEnd', { param: name, value: quote(raw) }),
  )
  return null
}

function parseChoice<T extends string>(
  name: string,
  raw: string,
  isChoice: (value: string) => value is T,
  choices: readonly T[],
  fallback: T,
  notices: Said[],
): T {
  if (isChoice(raw)) return raw
  notices.push(
    said('url.badChoice', { param: name, value: quote(raw), choices: choices.join(', '), fallback }),
  )
  return fallback
}

function parseCategories(raw: string, notices: Said[]): string[] | null {
  const items = [...new Set(raw.split(CATEGORY_SEPARATOR).map((c) => c.trim()))].filter((c) => c !== '')
  const kept = items.filter((c) => c.length <= MAX_CATEGORY).slice(0, MAX_CATEGORIES)
  if (kept.length < items.length) {
    notices.push(
      said('url.tooManyCategories', {
        count: items.length - kept.length,
        param: VIEW_PARAMS.goodsCategories,
      }),
    )
  }
  return raw.trim() === '' ? [] : kept.length === 0 ? null : kept.sort()
}

function parseGoodsSort(raw: string): GoodsSort | null {
  const dir = raw.startsWith('-') ? 'desc' : 'asc'
  const key = dir === 'desc' ? raw.slice(1) : raw
  return (GOODS_SORT_KEYS as readonly string[]).includes(key) ? { key: key as GoodsSortKey, dir } : null
}

/** The names search's parameters: a bad one is left at its default, with a notice. */
function parseNames(first: ReadonlyMap<string, string>, state: ViewState, notices: Said[]): void {
  const query = first.get(VIEW_PARAMS.namesQuery)
  if (query !== undefined) {
    state.namesQuery = query.slice(0, MAX_SEARCH)
    if (query.length > MAX_SEARCH) {
      notices.push(said('url.searchShortened', { param: VIEW_PARAMS.namesQuery, count: MAX_SEARCH }))
    }
  }
  const list = first.get(VIEW_PARAMS.namesList)
  if (list !== undefined) {
    if (isListId(list)) state.namesList = list
    else
      notices.push(
        said('url.badChoice', {
          param: VIEW_PARAMS.namesList,
          value: quote(list),
          choices: LIST_IDS.join(', '),
          fallback: 'all',
        }),
      )
  }
  const country = first.get(VIEW_PARAMS.namesCountry)
  if (country !== undefined) {
    const upper = country.trim().toUpperCase()
    if (isCountry(upper)) state.namesCountry = upper
    else notices.push(said('url.badCountry', { param: VIEW_PARAMS.namesCountry, value: quote(country) }))
  }
  const from = first.get(VIEW_PARAMS.namesFrom)
  if (from !== undefined) state.namesFrom = parseDate(VIEW_PARAMS.namesFrom, from, 'start', notices)
  const to = first.get(VIEW_PARAMS.namesTo)
  if (to !== undefined) state.namesTo = parseDate(VIEW_PARAMS.namesTo, to, 'end', notices)
  if (state.namesFrom !== null && state.namesTo !== null && state.namesFrom > state.namesTo) {
    notices.push(
      said('url.startAfterEnd', {
        fromParam: VIEW_PARAMS.namesFrom,
        from: state.namesFrom,
        toParam: VIEW_PARAMS.namesTo,
        to: state.namesTo,
      }),
    )
    state.namesFrom = null
    state.namesTo = null
  }
  const delisted = first.get(VIEW_PARAMS.namesDelisted)
  if (delisted !== undefined) {
    if (delisted === '1' || delisted === '0') state.namesDelisted = delisted === '1'
    else
      notices.push(
        said('url.badChoice', {
          param: VIEW_PARAMS.namesDelisted,
          value: quote(delisted),
          choices: '0, 1',
          fallback: '0',
        }),
      )
  }
}

/** Reads the view state from a query string ('?a=b' or 'a=b'); never throws. */
export function parseViewState(search: string): ParsedViewState {
  const params = new URLSearchParams(search)
  const notices: Said[] = []
  const first = new Map<string, string>()

  for (const key of new Set(params.keys())) {
    if (FOREIGN_PARAMS.includes(key)) continue
    if (!OWN_PARAMS.includes(key)) {
      notices.push(said('url.unknownParam', { value: quote(key) }))
      continue
    }
    const values = params.getAll(key)
    const value = values[0] ?? ''
    first.set(key, value)
    if (values.length > 1) {
      notices.push(said('url.repeated', { param: key, count: values.length, value: quote(value) }))
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
      said('url.startAfterEnd', {
        fromParam: VIEW_PARAMS.from,
        from: state.from,
        toParam: VIEW_PARAMS.to,
        to: state.to,
      }),
    )
    state.from = null
    state.to = null
  }

  // A choice parameter: its value if it is one of the choices, else the default (with a notice).
  const choice = <T extends string>(
    name: string,
    isChoice: (value: string) => value is T,
    choices: readonly T[],
    fallback: T,
  ): T => {
    const raw = first.get(name)
    return raw === undefined ? fallback : parseChoice(name, raw, isChoice, choices, fallback, notices)
  }
  state.series = choice(VIEW_PARAMS.series, isSeries, TIMELINE_SERIES, DEFAULT_VIEW_STATE.series)
  state.breakdown = choice(VIEW_PARAMS.breakdown, isBreakdown, BREAKDOWNS, DEFAULT_VIEW_STATE.breakdown)
  state.timelineView = choice(
    VIEW_PARAMS.timelineView,
    isViewMode,
    VIEW_MODES,
    DEFAULT_VIEW_STATE.timelineView,
  )
  state.retaliationView = choice(
    VIEW_PARAMS.retaliationView,
    isViewMode,
    VIEW_MODES,
    DEFAULT_VIEW_STATE.retaliationView,
  )

  const goodsSearch = first.get(VIEW_PARAMS.goodsSearch)
  if (goodsSearch !== undefined) {
    state.goodsSearch = goodsSearch.slice(0, MAX_SEARCH)
    if (goodsSearch.length > MAX_SEARCH) {
      notices.push(said('url.searchShortened', { param: VIEW_PARAMS.goodsSearch, count: MAX_SEARCH }))
    }
  }
  const categories = first.get(VIEW_PARAMS.goodsCategories)
  if (categories !== undefined) state.goodsCategories = parseCategories(categories, notices)
  const tranche = first.get(VIEW_PARAMS.goodsTranche)
  if (tranche !== undefined) {
    if (isRecordId(tranche)) state.goodsTranche = tranche
    else notices.push(said('url.badTranche', { param: VIEW_PARAMS.goodsTranche, value: quote(tranche) }))
  }
  const sort = first.get(VIEW_PARAMS.goodsSort)
  if (sort !== undefined) {
    const parsed = parseGoodsSort(sort)
    if (parsed !== null) state.goodsSort = parsed
    else
      notices.push(
        said('url.badSort', {
          param: VIEW_PARAMS.goodsSort,
          value: quote(sort),
          choices: GOODS_SORT_KEYS.join(', '),
        }),
      )
  }

  state.counts = choice(VIEW_PARAMS.counts, isCountSource, COUNT_SOURCES, DEFAULT_VIEW_STATE.counts)
  parseNames(first, state, notices)

  if (notices.length > MAX_NOTICES) {
    const rest = notices.length - (MAX_NOTICES - 1)
    notices.splice(MAX_NOTICES - 1, Infinity, said('url.moreProblems', { count: rest }))
  }
  return { state, notices }
}

/**
 * Writes the view state as a query string: '' for the default state, else '?a=b&c=d' with the
 * parameters in a fixed order (types, from, to, series, by, tview, rview, …) and defaults left out.
 */
export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams()
  const types = normalizeTypes(state.types)
  if (types !== null) params.set(VIEW_PARAMS.types, types.join(','))
  if (state.from !== null) params.set(VIEW_PARAMS.from, state.from)
  if (state.to !== null) params.set(VIEW_PARAMS.to, state.to)
  if (state.series !== DEFAULT_VIEW_STATE.series) params.set(VIEW_PARAMS.series, state.series)
  if (state.breakdown !== DEFAULT_VIEW_STATE.breakdown) params.set(VIEW_PARAMS.breakdown, state.breakdown)
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
  if (state.counts !== DEFAULT_VIEW_STATE.counts) params.set(VIEW_PARAMS.counts, state.counts)
  if (state.namesQuery !== '') params.set(VIEW_PARAMS.namesQuery, state.namesQuery)
  if (state.namesList !== null) params.set(VIEW_PARAMS.namesList, state.namesList)
  if (state.namesCountry !== null) params.set(VIEW_PARAMS.namesCountry, state.namesCountry)
  if (state.namesFrom !== null) params.set(VIEW_PARAMS.namesFrom, state.namesFrom)
  if (state.namesTo !== null) params.set(VIEW_PARAMS.namesTo, state.namesTo)
  if (state.namesDelisted) params.set(VIEW_PARAMS.namesDelisted, '1')
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
    a.breakdown === b.breakdown &&
    a.timelineView === b.timelineView &&
    a.retaliationView === b.retaliationView &&
    a.goodsSearch === b.goodsSearch &&
    (a.goodsCategories ?? []).join(CATEGORY_SEPARATOR) ===
      (b.goodsCategories ?? []).join(CATEGORY_SEPARATOR) &&
    (a.goodsCategories === null) === (b.goodsCategories === null) &&
    a.goodsTranche === b.goodsTranche &&
    a.goodsSort.key === b.goodsSort.key &&
    a.goodsSort.dir === b.goodsSort.dir &&
    a.counts === b.counts &&
    a.namesQuery === b.namesQuery &&
    a.namesList === b.namesList &&
    a.namesCountry === b.namesCountry &&
    a.namesFrom === b.namesFrom &&
    a.namesTo === b.namesTo &&
    a.namesDelisted === b.namesDelisted
  )
}
