import { describe, expect, it } from 'vitest'

import { MEASURE_TYPES, type MeasureType } from '@/data/validate/schema'
import { loadCatalogue } from '@/lib/i18n/catalogues'
import { getI18n } from '@/lib/i18n/i18n'
import { say } from '@/lib/i18n/said'
import {
  DEFAULT_VIEW_STATE,
  parseViewState as parseToMessages,
  serializeViewState,
  TIMELINE_SERIES,
  VIEW_MODES,
  VIEW_PARAMS,
  viewStatesEqual,
  type ViewState,
} from '@/state/url-state'

const view = (o: Partial<ViewState> = {}): ViewState => ({ ...DEFAULT_VIEW_STATE, ...o })

/** The parse, with its notices said in English. */
function parseViewState(search: string) {
  const { state, notices } = parseToMessages(search)
  return { state, notices: notices.map((n) => say(getI18n('en').t, n)) }
}

describe('link notices in Japanese', () => {
  it.each([
    ['?foo=1', '不明なパラメーター "foo" を無視しました。'],
    [
      '?types=zap,zop,zup&from=x',
      '「types」の不明な措置の種類3件（"zap", "zop"ほか1件）を無視し、代わりにすべての措置を表示しました。',
    ],
    [
      '?series=zzz',
      'パラメーター「series」を無視しました："zzz" は individuals, entities, banks, export-entities, export-third, export-goods, import-goods のいずれでもありません。「individuals」を使用しています。',
    ],
  ])('says %s in Japanese', async (search, expected) => {
    await loadCatalogue('ja')
    const first = parseToMessages(search).notices[0]
    expect(first === undefined ? '' : say(getI18n('ja').t, first)).toBe(expected)
  })
})

describe('the default view state', () => {
  it('serializes to an empty string', () => {
    expect(serializeViewState(DEFAULT_VIEW_STATE)).toBe('')
  })

  it.each(['', '?'])('is what %j parses to, with no notices', (search) => {
    expect(parseViewState(search)).toEqual({ state: DEFAULT_VIEW_STATE, notices: [] })
  })

  it('shows all types, an open range, the individuals tally from the press, both figures as charts, and an empty names search', () => {
    expect(DEFAULT_VIEW_STATE).toEqual({
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
      goodsSort: { key: 'effective', dir: 'asc' },
      counts: 'press',
      namesQuery: '',
      namesList: null,
      namesCountry: null,
      namesFrom: null,
      namesTo: null,
      namesDelisted: false,
    })
  })
})

describe('round trips', () => {
  const states: [string, ViewState][] = [
    ['no types selected', view({ types: [] })],
    ['one type', view({ types: ['asset_freeze'] })],
    ['several types', view({ types: ['asset_freeze', 'export_ban', 'entry_ban'] })],
    ['all types but one', view({ types: MEASURE_TYPES.filter((t) => t !== 'diplomatic') })],
    ['an open start', view({ to: '2023-06-30' })],
    ['an open end', view({ from: '2022-02-24' })],
    ['a closed range', view({ from: '2022-02-24', to: '2024-12-31' })],
    ['a single day', view({ from: '2022-03-15', to: '2022-03-15' })],
    ['the earliest and latest dates allowed', view({ from: '1990-01-01', to: '2100-12-31' })],
    ...TIMELINE_SERIES.map((series): [string, ViewState] => [`the ${series} series`, view({ series })]),
    ['a goods search', view({ goodsSearch: 'quantum 量子 café' })],
    ['some goods categories', view({ goodsCategories: ['Advanced technology', 'Luxury goods'] })],
    ['no goods category', view({ goodsCategories: [] })],
    ['one tranche', view({ goodsTranche: 'jp-2022-05-10-cutting-edge-goods' })],
    ['goods sorted by name, descending', view({ goodsSort: { key: 'name', dir: 'desc' } })],
    ['goods sorted by HS code', view({ goodsSort: { key: 'hs', dir: 'asc' } })],
    ...VIEW_MODES.flatMap((mode): [string, ViewState][] => [
      [`the timeline as a ${mode}`, view({ timelineView: mode })],
      [`the retaliation figure as a ${mode}`, view({ retaliationView: mode })],
    ]),
    [
      'everything set',
      {
        ...DEFAULT_VIEW_STATE,
        types: ['import_ban', 'financial'],
        from: '2022-01-01',
        to: '2022-12-31',
        series: 'export-goods',
        timelineView: 'table',
        retaliationView: 'table',
      },
    ],
  ]

  it.each(states)('keeps %s', (_, state) => {
    const search = serializeViewState(state)
    expect(parseViewState(search)).toEqual({ state, notices: [] })
    expect(parseViewState(search.replace(/^\?/, ''))).toEqual({ state, notices: [] })
  })

  it('turns a selection of every type into the default (all types), written as nothing', () => {
    const all = view({ types: [...MEASURE_TYPES] })
    expect(serializeViewState(all)).toBe('')
    expect(parseViewState(serializeViewState(all))).toEqual({ state: DEFAULT_VIEW_STATE, notices: [] })
  })

  it('sorts types into the schema order and drops repeats', () => {
    const state = view({ types: ['export_ban', 'asset_freeze', 'export_ban'] })
    expect(serializeViewState(state)).toBe('?types=asset_freeze,export_ban')
    expect(parseViewState(serializeViewState(state)).state.types).toEqual(['asset_freeze', 'export_ban'])
  })
})

describe('serializeViewState', () => {
  it.each([
    ['no types', view({ types: [] }), '?types='],
    ['one type', view({ types: ['entry_ban'] }), '?types=entry_ban'],
    ['a start date', view({ from: '2022-02-24' }), '?from=2022-02-24'],
    ['a series', view({ series: 'banks' }), '?series=banks'],
    ['the breakdown by country', view({ breakdown: 'country' }), '?by=country'],
    ['the timeline table', view({ timelineView: 'table' }), '?tview=table'],
    ['the retaliation table', view({ retaliationView: 'table' }), '?rview=table'],
    ['a goods search', view({ goodsSearch: 'quantum' }), '?q=quantum'],
    ['a goods sort', view({ goodsSort: { key: 'effective', dir: 'desc' } }), '?gsort=-effective'],
    ['counts from the lists', view({ counts: 'lists' }), '?counts=lists'],
    [
      'a names search',
      view({ namesQuery: 'ロマン アブラモヴィッチ' }),
      '?who=%E3%83%AD%E3%83%9E%E3%83%B3+%E3%82%A2%E3%83%96%E3%83%A9%E3%83%A2%E3%83%B4%E3%82%A3%E3%83%83%E3%83%81',
    ],
    ['one list', view({ namesList: 'meti-third-countries' }), '?list=meti-third-countries'],
    ['one country', view({ namesCountry: 'CN' }), '?country=CN'],
    [
      'designation dates',
      view({ namesFrom: '2023-01-01', namesTo: '2023-12-31' }),
      '?lfrom=2023-01-01&lto=2023-12-31',
    ],
    ['delisted too', view({ namesDelisted: true }), '?delisted=1'],
  ])('writes only the non-default value for %s', (_, state, expected) => {
    expect(serializeViewState(state)).toBe(expected)
  })

  it('writes the parameters in a fixed order with commas left readable', () => {
    const state: ViewState = {
      goodsSort: { key: 'name', dir: 'desc' },
      goodsTranche: 'm-1',
      goodsCategories: ['Wood', 'Luxury goods'],
      goodsSearch: 'vodka',
      retaliationView: 'table',
      timelineView: 'table',
      breakdown: 'country',
      series: 'import-goods',
      to: '2023-01-31',
      from: '2022-02-01',
      types: ['visa_suspension', 'asset_freeze'],
      namesDelisted: true,
      namesTo: '2024-01-01',
      namesFrom: '2023-01-01',
      namesCountry: 'AE',
      namesList: 'meti-third-countries',
      namesQuery: 'trading',
      counts: 'lists',
    }
    expect(serializeViewState(state)).toBe(
      '?types=asset_freeze,visa_suspension&from=2022-02-01&to=2023-01-31&series=import-goods&by=country&tview=table&rview=table' +
        '&q=vodka&cat=Luxury+goods|Wood&tranche=m-1&gsort=-name' +
        '&counts=lists&who=trading&list=meti-third-countries&country=AE&lfrom=2023-01-01&lto=2024-01-01&delisted=1',
    )
    expect(parseViewState(serializeViewState(state)).state).toEqual({
      ...state,
      goodsCategories: ['Luxury goods', 'Wood'],
      types: ['asset_freeze', 'visa_suspension'],
    })
  })

  it('uses the names in VIEW_PARAMS', () => {
    const search = serializeViewState({
      types: ['financial'],
      from: '2022-02-01',
      to: '2023-01-31',
      series: 'entities',
      breakdown: 'country',
      timelineView: 'table',
      retaliationView: 'table',
      goodsSearch: 'x',
      goodsCategories: ['Wood'],
      goodsTranche: 'm-1',
      goodsSort: { key: 'hs', dir: 'asc' },
      counts: 'lists',
      namesQuery: 'x',
      namesList: 'meti-russia',
      namesCountry: 'RU',
      namesFrom: '2022-01-01',
      namesTo: '2022-12-31',
      namesDelisted: true,
    })
    expect([...new URLSearchParams(search).keys()]).toEqual(Object.values(VIEW_PARAMS))
  })
})

describe('parseViewState with a bad link', () => {
  it.each([
    ['an unknown goods sort', '?gsort=price', view(), 'gsort'],
    ['a tranche that is not an id', '?tranche=<b>x</b>', view(), 'tranche'],
    ['an unknown parameter', '?foo=1', view(), 'foo'],
    [
      'an unknown measure type among good ones',
      '?types=asset_freeze,bogus',
      view({ types: ['asset_freeze'] }),
      'bogus',
    ],
    ['only unknown measure types', '?types=bogus', view(), 'bogus'],
    ['several unknown measure types', '?types=x,export_ban,y', view({ types: ['export_ban'] }), '"x", "y"'],
    ['an impossible date', '?from=2022-13-45', view(), '2022-13-45'],
    ['a 30th of February', '?to=2023-02-30', view(), '2023-02-30'],
    ['a date in another format', '?from=24/02/2022', view(), '24/02/2022'],
    ['a date before 1990', '?from=1989-12-31', view(), '1989-12-31'],
    ['a date after 2100', '?to=2101-01-01', view(), '2101-01-01'],
    ['an empty date', '?from=&to=2022-01-01', view({ to: '2022-01-01' }), '"from"'],
    ['a start after the end', '?from=2024-01-01&to=2023-01-01', view(), '2024-01-01'],
    ['an unknown series', '?series=zzz', view(), 'zzz'],
    ['an unknown count source', '?counts=rumour', view(), 'rumour'],
    ['an unknown list', '?list=un-sanctions', view(), 'un-sanctions'],
    ['a country that is not a code', '?country=Russia', view(), 'Russia'],
    ['a listing date start after its end', '?lfrom=2024-01-01&lto=2023-01-01', view(), '2024-01-01'],
    ['a bad "delisted"', '?delisted=yes', view(), 'yes'],
    ['an unknown timeline view', '?tview=pie', view(), 'pie'],
    ['an unknown retaliation view', '?rview=map&tview=table', view({ timelineView: 'table' }), 'map'],
    ['a repeated parameter', '?series=banks&series=entities', view({ series: 'banks' }), '"series"'],
  ])('copes with %s', (_, search, state, mentioned) => {
    const { state: parsed, notices } = parseViewState(search)
    expect(parsed).toEqual(state)
    expect(notices).toHaveLength(1)
    expect(notices[0]).toContain(mentioned)
  })

  it.each([
    ['?foo=1', 'foo'],
    ['?types=asset_freeze,bogus', 'types'],
    ['?from=2022-13-45', 'from'],
    ['?to=nope', 'to'],
    ['?series=zzz', 'series'],
    ['?tview=pie', 'tview'],
    ['?rview=pie', 'rview'],
    ['?tview=chart&tview=table', 'tview'],
  ])('names the parameter in the notice for %s', (search, param) => {
    expect(parseViewState(search).notices[0]).toContain(`"${param}"`)
  })

  it('words an unknown parameter notice plainly', () => {
    expect(parseViewState('?foo=1').notices).toEqual(['Ignored the unknown parameter "foo".'])
  })

  it('says what was used instead', () => {
    expect(parseViewState('?series=zzz').notices[0]).toContain('used "individuals" instead')
    expect(parseViewState('?tview=pie').notices[0]).toContain('used "chart" instead')
    expect(parseViewState('?from=2024-01-01&to=2023-01-01').notices[0]).toContain('full date range')
    expect(parseViewState('?from=2022-13-45').notices[0]).toContain('no start date')
  })

  it('keeps the good parameters when others are bad', () => {
    const { state, notices } = parseViewState('?types=entry_ban&from=oops&to=2023-01-01&series=banks&x=y')
    expect(state).toEqual(view({ types: ['entry_ban'], to: '2023-01-01', series: 'banks' }))
    expect(notices).toHaveLength(2)
  })

  it('reads an empty types value as no types, and tolerates spaces and stray commas', () => {
    expect(parseViewState('?types=')).toEqual({ state: view({ types: [] }), notices: [] })
    expect(parseViewState('?types=export_ban,+asset_freeze,')).toEqual({
      state: view({ types: ['asset_freeze', 'export_ban'] }),
      notices: [],
    })
  })

  it('reads every type listed as all types', () => {
    expect(parseViewState(`?types=${MEASURE_TYPES.join(',')}`)).toEqual({
      state: DEFAULT_VIEW_STATE,
      notices: [],
    })
  })

  it('accepts an encoded comma between types', () => {
    expect(parseViewState('?types=asset_freeze%2Cexport_ban').state.types).toEqual<MeasureType[]>([
      'asset_freeze',
      'export_ban',
    ])
  })
})

describe('parseViewState with a hostile link', () => {
  const long = 'A'.repeat(10_000)

  it.each([
    ['an unknown parameter name', `?${long}=1`],
    ['an unknown parameter value', `?series=${long}`],
    ['a measure type', `?types=${long}`],
    ['many measure types', `?types=${Array.from({ length: 3000 }, (_, i) => `t${i}`).join(',')}`],
    ['a date', `?from=${long}`],
    ['a repeated parameter', `?tview=${long}&tview=${long}`],
  ])('keeps the notice short for a 10,000-character %s', (_, search) => {
    const { notices } = parseViewState(search)
    expect(notices.length).toBeGreaterThan(0)
    for (const notice of notices) expect(notice.length).toBeLessThanOrEqual(200)
  })

  it('cuts an echoed value at 40 characters and marks the cut', () => {
    expect(parseViewState(`?series=${long}`).notices[0]).toContain(`"${'A'.repeat(40)}…"`)
  })

  it('caps the number of notices', () => {
    const search = Array.from({ length: 500 }, (_, i) => `junk${i}=1`).join('&')
    const { notices } = parseViewState(search)
    expect(notices.length).toBeLessThanOrEqual(10)
    expect(notices.at(-1)).toMatch(/more problems/)
  })

  it('never throws on odd input', () => {
    for (const search of ['?%', '?&&&', '?=', '?types', '??types=x', '?%E0%A4%A=1', '?from=\u0000\n']) {
      expect(() => parseViewState(search)).not.toThrow()
    }
  })
})

describe('foreign parameters', () => {
  it.each(['?data=https://example.org/d.json', '?lang=ja', '?lang=ja&lang=en', '?data=x&series=banks'])(
    'are left alone without a notice in %s',
    (search) => {
      expect(parseViewState(search).notices).toEqual([])
    },
  )

  it('do not stop the view parameters from being read', () => {
    expect(parseViewState('?lang=ja&series=banks&data=x').state).toEqual(view({ series: 'banks' }))
  })
})

describe('the leading question mark', () => {
  it.each([
    ['?types=asset_freeze&tview=table', 'types=asset_freeze&tview=table'],
    ['?from=2022-02-24', 'from=2022-02-24'],
  ])('is optional: %s reads like %s', (withMark, without) => {
    expect(parseViewState(without)).toEqual(parseViewState(withMark))
    expect(parseViewState(without).notices).toEqual([])
  })
})

describe('viewStatesEqual', () => {
  it.each([
    ['the same state', view({ series: 'banks' }), view({ series: 'banks' }), true],
    ['all types and null', view({ types: [...MEASURE_TYPES] }), view(), true],
    [
      'types in another order',
      view({ types: ['export_ban', 'asset_freeze'] }),
      view({ types: ['asset_freeze', 'export_ban'] }),
      true,
    ],
    ['no types and all types', view({ types: [] }), view(), false],
    ['different types', view({ types: ['export_ban'] }), view({ types: ['import_ban'] }), false],
    ['different dates', view({ from: '2022-01-01' }), view({ from: '2022-01-02' }), false],
    ['different views', view({ timelineView: 'table' }), view(), false],
    ['different retaliation views', view({ retaliationView: 'table' }), view(), false],
  ])('compares %s', (_, a, b, expected) => {
    expect(viewStatesEqual(a, b)).toBe(expected)
    expect(viewStatesEqual(b, a)).toBe(expected)
  })
})
