/** "Who is listed": names found in either language, on aliases, whatever the kana variant or width. */
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'

import type { Designation } from '@/data/official/designation'
import { foldName, nameTerms } from '@/data/official/name-search'
import { ListedSearch } from '@/features/listed/listed-search'
import { useDashboardStore } from '@/state/store'
import { serializeViewState } from '@/state/url-state'

const MOF = {
  publisher: 'Ministry of Finance',
  file: 'mof-asset-freeze-2026-03-05.xlsx',
  asOf: '2026-03-05',
  url: 'https://www.mof.go.jp/policy/international_policy/gaitame_kawase/gaitame/economic_sanctions/list.html',
} as const
const METI = {
  publisher: 'Ministry of Economy, Trade and Industry',
  file: 'meti-export-ban-third-countries-2025-09-12.txt',
  asOf: '2025-09-12',
  url: 'https://www.meti.go.jp/policy/external_economy/trade_control/01_seido/04_seisai/downloadCrimea/20250912list_daisangoku_tokutei.pdf',
} as const

function designation(over: Partial<Designation>): Designation {
  return {
    list: 'mof-russia-individuals',
    kind: 'individual',
    entry: 1,
    nameJa: null,
    nameEn: null,
    aliases: [],
    title: null,
    birthDate: null,
    birthPlace: null,
    address: null,
    country: null,
    designated: '2022-03-01',
    revised: [],
    delisted: null,
    dateAlternatives: [],
    parts: [],
    sameAs: [],
    notice: null,
    source: MOF,
    ...over,
  }
}

const designations: Designation[] = [
  designation({
    entry: 1,
    nameJa: 'ウラジーミル・ウラジーミロヴィチ・プーチン',
    nameEn: 'Vladimir Vladimirovich PUTIN',
    title: 'ロシア連邦大統領\nPresident of the Russian Federation',
  }),
  designation({ entry: 2, nameJa: 'セルゲイ・ラヴロフ', nameEn: 'Sergei Lavrov', designated: '2022-03-01' }),
  designation({ entry: 38, nameJa: null, nameEn: null, designated: null, delisted: '2025-01-10' }),
  designation({
    list: 'meti-third-countries',
    kind: 'organisation',
    entry: 21,
    nameJa: 'チャイナ・ヘッド・エアロスペース・テクノロジー社',
    nameEn: 'China HEAD Aerospace Technology Co.',
    aliases: ['HEAD Aerospace Group', 'ヘッド・エアロスペース'],
    country: 'CN',
    designated: '2025-01-16',
    source: METI,
  }),
]

function renderSearch() {
  const user = userEvent.setup()
  render(<ListedSearch designations={designations} rejected={0} />)
  const box = screen.getByRole('searchbox', { name: 'Search names' })
  const names = () =>
    within(screen.queryByRole('list') ?? document.createElement('ol'))
      .queryAllByRole('listitem')
      .map((li) => li.querySelector('.listed-name')?.textContent ?? '')
  return { user, box, names }
}

describe('name folding', () => {
  it('ignores ヴ/ブ, long-vowel marks, middle dots, spaces, width and case', () => {
    expect(foldName('ウラジーミル・ウラジーミロヴィチ・プーチン')).toBe(
      foldName('ウラジミル ウラジミロビチ プチン'),
    )
    expect(foldName('ＰＵＴＩＮ')).toBe('putin')
    expect(foldName('ﾌﾟｰﾁﾝ')).toBe(foldName('プーチン'))
    expect(nameTerms('  Vladimir   putin ')).toEqual(['vladimir', 'putin'])
  })
})

describe('ListedSearch', () => {
  it('counts what it searched, as of the lists’ dates, and leaves delisted rows out by default', () => {
    renderSearch()
    expect(screen.getByRole('status')).toHaveTextContent('3 of 3 listed, as of 5 Mar 2026, 12 Sept 2025')
    expect(
      screen.getByText(/^Searched: MOF asset freeze: Russia, individuals, METI export ban/),
    ).toBeInTheDocument()
    expect(screen.getByText(/this is not a statement that anyone is not sanctioned/)).toBeInTheDocument()
  })

  it.each([
    ['プーチン', 'Vladimir Vladimirovich PUTIN'],
    ['プチン', 'Vladimir Vladimirovich PUTIN'],
    ['ウラジミロビチ', 'Vladimir Vladimirovich PUTIN'],
    ['ＰＵＴＩＮ', 'Vladimir Vladimirovich PUTIN'],
    ['vladimir putin', 'Vladimir Vladimirovich PUTIN'],
    ['ラブロフ', 'Sergei Lavrov'],
    ['head aerospace group', 'China HEAD Aerospace Technology Co.'],
    ['ヘッドエアロスペース', 'China HEAD Aerospace Technology Co.'],
  ])('finds %s', async (query, name) => {
    const { user, box, names } = renderSearch()
    await user.type(box, query)
    expect(names()).toEqual([expect.stringContaining(name)])
    expect(screen.getByRole('status')).toHaveTextContent(/^1 of 3 listed/)
  })

  it('says plainly when nothing matches, naming what it searched', async () => {
    const { user, box, names } = renderSearch()
    await user.type(box, 'Nobody Atall')
    expect(names()).toEqual([])
    expect(screen.getByText('No one on the searched lists matches “Nobody Atall”.')).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent(/^0 of 3 listed/)
  })

  it('narrows to one list, and shows delisted rows on request', async () => {
    const { user, names } = renderSearch()
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'List' }),
      'METI export ban: entities in third countries',
    )
    expect(names()).toEqual([expect.stringContaining('China HEAD Aerospace')])
    expect(screen.getByRole('status')).toHaveTextContent('1 of 1 listed, as of 12 Sept 2025')
    await user.selectOptions(screen.getByRole('combobox', { name: 'List' }), 'All lists')
    await user.click(screen.getByRole('checkbox', { name: 'Include delisted' }))
    expect(screen.getByRole('status')).toHaveTextContent(/^4 of 4 listed/)
    expect(screen.getByText(/delisted 10 Jan 2025/)).toBeInTheDocument()
  })

  it('shows each record with its list, entry, dates and source', async () => {
    const { user, box } = renderSearch()
    await user.type(box, 'head')
    const item = screen.getByRole('listitem')
    expect(item).toHaveTextContent(
      'METI export ban: entities in third countries, entry 21 · listed 16 Jan 2025 · CN',
    )
    expect(item).toHaveTextContent('Also known as: HEAD Aerospace Group; ヘッド・エアロスペース')
    expect(within(item).getByRole('link')).toHaveAttribute('href', METI.url)
  })

  it('narrows to one country and to designation dates, says so, and keeps it all in the view state', async () => {
    const { user, names } = renderSearch()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Country' }), 'China (1)')
    expect(names()).toEqual([expect.stringContaining('China HEAD Aerospace')])
    expect(screen.getByText(/Narrowed to: China\./)).toBeInTheDocument()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Country' }), 'All countries')
    const dates = screen.getByRole('group', { name: 'Designated between' })
    await user.type(within(dates).getByLabelText('From'), '2022-01-01')
    await user.type(within(dates).getByLabelText('To'), '2022-12-31')
    expect(names()).toHaveLength(2)
    expect(names().join()).not.toContain('HEAD')
    expect(screen.getByText(/Narrowed to: designated 1 Jan 2022 – 31 Dec 2022\./)).toBeInTheDocument()
    await user.click(screen.getByRole('checkbox', { name: 'Include delisted' }))
    // A delisting row has no designation date: a date filter leaves it out.
    expect(screen.getByRole('status')).toHaveTextContent(/^2 of 2 listed/)
    await user.type(screen.getByRole('searchbox', { name: 'Search names' }), 'lavrov')
    expect(serializeViewState(useDashboardStore.getState().view)).toBe(
      '?who=lavrov&lfrom=2022-01-01&lto=2022-12-31&delisted=1',
    )
    await user.click(screen.getByRole('button', { name: 'Clear the search' }))
    expect(serializeViewState(useDashboardStore.getState().view)).toBe('')
    expect(screen.getByRole('status')).toHaveTextContent(/^3 of 3 listed/)
  })

  it('opens on the view a link gives', () => {
    useDashboardStore.getState().setNames({ namesQuery: 'head', namesCountry: 'CN' })
    renderSearch()
    expect(screen.getByRole('searchbox', { name: 'Search names' })).toHaveValue('head')
    expect(screen.getByRole('combobox', { name: 'Country' })).toHaveValue('CN')
    expect(screen.getByRole('status')).toHaveTextContent(/^1 of 1 listed/)
  })

  it('says so when the filters leave no one, without a search term', () => {
    useDashboardStore.getState().setNames({ namesCountry: 'FR' })
    renderSearch()
    expect(screen.getByText('No one on the searched lists matches these filters.')).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'Country' })).toHaveValue('FR')
  })

  it('draws a page of 50 results after each keystroke (the first dozen at once), and 50 more on request', async () => {
    const many = Array.from({ length: 120 }, (_, i) =>
      designation({ entry: 100 + i, nameJa: null, nameEn: `Ivan Petrov ${i + 1}` }),
    )
    const user = userEvent.setup()
    render(<ListedSearch designations={[...designations, ...many]} rejected={0} />)
    const box = screen.getByRole('searchbox', { name: 'Search names' })
    const items = () => within(screen.getByRole('list')).getAllByRole('listitem')
    await user.type(box, 'petrov')
    expect(screen.getByRole('status')).toHaveTextContent(/^120 of 123 listed/)
    expect(await screen.findByText('Ivan Petrov 50')).toBeInTheDocument()
    expect(items()).toHaveLength(50)
    expect(items()[0]).toHaveTextContent('Ivan Petrov 1')
    await user.click(screen.getByRole('button', { name: /^Show \d+ more/ }))
    expect(items()).toHaveLength(100)
  })
})
