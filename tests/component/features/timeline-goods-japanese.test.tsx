/** The timeline and goods panels in Japanese: titles, summaries, tables, counts and dates for the locale. */
import { render, screen, waitFor, within } from '@testing-library/react'
import { renderWithQuery } from '../../render'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'

import { FilterBar } from '@/features/filters/filter-bar'
import { GoodsPanel } from '@/features/goods/goods-panel'
import { TimelinePanel } from '@/features/timeline/timeline-panel'

import { localizeDataset } from '@/data/localize'

import { loadBilingual2022, loadDataset2022 } from '../../fixtures/bundled-dataset'
import { setTestLocale } from '../../locale'

// As a Japanese reader gets it: the dataset's texts in Japanese too.
const dataset = loadDataset2022('ja')

describe('the timeline in Japanese', () => {
  it('names the figure, says what it shows and labels its controls in Japanese', async () => {
    await setTestLocale('ja')
    const user = userEvent.setup()
    renderWithQuery(
      <>
        <FilterBar dataset={dataset} />
        <TimelinePanel dataset={dataset} />
      </>,
    )
    const figure = screen.getByRole('figure', { name: '日本の制裁：資産凍結の対象となった個人' })
    await waitFor(() => expect(figure.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(9))
    expect(
      within(figure).getByText(
        /累計は721になりました。最大は2022年4月12日の398で、これにより累計は499になりました。/,
      ),
    ).toBeInTheDocument()
    expect(screen.getByRole('group', { name: '措置の種類' })).toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: /資産凍結/ })).toBeChecked()
    expect(screen.getByRole('combobox', { name: '表示' })).toHaveDisplayValue('資産凍結の対象となった個人')

    await user.click(within(figure).getByRole('tab', { name: '表' }))
    const table = within(figure).getByRole('table', { name: '資産凍結の対象となった個人' })
    expect(within(table).getByRole('columnheader', { name: /発表日/ })).toBeInTheDocument()
    expect(within(table).getByText('2022年4月12日')).toBeInTheDocument()
    expect(within(table).getAllByText('（不一致）').length).toBeGreaterThan(0)
  })

  it('writes dates with era years when asked', async () => {
    await setTestLocale('ja', true)
    renderWithQuery(<TimelinePanel dataset={dataset} />)
    const figure = screen.getByRole('figure', { name: '日本の制裁：資産凍結の対象となった個人' })
    expect(within(figure).getByText(/令和4年4月12日の398/)).toBeInTheDocument()
  })
})

describe('the goods explorer in Japanese', () => {
  it('finds 量子 in two keystrokes and shows the Japanese name first, the English below', async () => {
    await setTestLocale('ja')
    const user = userEvent.setup()
    render(<GoodsPanel dataset={dataset} />)
    expect(screen.getByRole('status')).toHaveTextContent('91品目中91品目')
    await user.type(screen.getByRole('searchbox', { name: '禁止品目を検索' }), '量子')
    expect(screen.getByRole('status')).toHaveTextContent('91品目中2品目')
    const table = screen.getByRole('table', { name: '禁止品目' })
    const row = within(table)
      .getAllByRole('row')
      .find((r) => r.textContent?.startsWith('量子計算機')) as HTMLElement
    const cells = within(row).getAllByRole('cell')
    expect(cells[0]?.textContent).toMatch(/^量子計算機.*Quantum computers/)
    expect(cells[0]?.querySelector('mark')).toHaveTextContent('量子')
    expect(within(row).getByText('輸出禁止')).toBeInTheDocument()
    expect(within(row).getByText('2022年5月20日')).toBeInTheDocument()
    expect(within(table).getByRole('columnheader', { name: /発効日/ })).toBeInTheDocument()
  })

  it('marks an item that has only an English name', async () => {
    await setTestLocale('ja')
    // Every bundled item has a Japanese name; take one away.
    const target = dataset.goods.find((g) => g.name !== null)
    const goods = dataset.goods.map((g) => (g === target ? { ...g, nameJa: null } : g))
    render(<GoodsPanel dataset={{ ...dataset, goods }} />)
    const englishOnly = target
    expect(englishOnly).toBeDefined()
    const user = userEvent.setup()
    await user.type(screen.getByRole('searchbox'), englishOnly?.name ?? '')
    const table = screen.getByRole('table', { name: '禁止品目' })
    const rows = within(table)
      .getAllByRole('row')
      .filter((r) => !r.classList.contains('spacer'))
      .slice(1)
    const cell = rows
      .map((r) => within(r).getAllByRole('cell')[0])
      .find((c) => c?.querySelector('[lang="en"]'))
    expect(cell?.querySelector('[lang="en"]')).toHaveTextContent(englishOnly?.name ?? '')
    expect(cell).toHaveTextContent('英語のみ')
  })

  it('marks a note and a category that have only English', async () => {
    await setTestLocale('ja')
    // Every bundled item has both languages; take the Japanese note and category away from one.
    const bilingual = loadBilingual2022()
    const target = bilingual.goods.find((g) => g.nameJa === '工作機械')
    expect(target?.note?.en).toBeTruthy()
    const goods = bilingual.goods.map((g) =>
      g === target ? { ...g, note: { en: g.note?.en ?? null, ja: null }, categoryJa: null } : g,
    )
    render(<GoodsPanel dataset={localizeDataset({ ...bilingual, goods }, 'ja')} />)
    await userEvent.setup().type(screen.getByRole('searchbox'), '工作機械')
    const table = screen.getByRole('table', { name: '禁止品目' })
    const row = within(table)
      .getAllByRole('row')
      .find((r) => r.textContent?.startsWith('工作機械')) as HTMLElement
    const [nameCell, categoryCell] = within(row).getAllByRole('cell')
    // The name keeps its Japanese, with no mark; the note and the category are in English, marked.
    expect(nameCell?.querySelector('.goods-line')).not.toHaveTextContent('英語のみ')
    const note = nameCell?.querySelector('.muted [lang="en"]')
    expect(note).toHaveTextContent(target?.note?.en ?? '')
    // The note's line is cut short where it is long: its mark comes first, so that it shows.
    expect(note?.parentElement).toHaveTextContent(/^英語のみ/)
    expect(categoryCell?.querySelector('[lang="en"]')).toHaveTextContent(target?.category ?? '')
    expect(categoryCell).toHaveTextContent(/英語のみ$/)
  })

  it('shows a note given in both languages in Japanese, unmarked', async () => {
    await setTestLocale('ja')
    render(<GoodsPanel dataset={dataset} />)
    await userEvent.setup().type(screen.getByRole('searchbox'), '工作機械')
    const table = screen.getByRole('table', { name: '禁止品目' })
    const row = within(table)
      .getAllByRole('row')
      .find((r) => r.textContent?.startsWith('工作機械')) as HTMLElement
    expect(row).toHaveTextContent('国際輸出管理レジーム対象品目')
    expect(row).not.toHaveTextContent('英語のみ')
    expect(row.querySelector('[lang="en"].lang-mark, .lang-mark')).toBeNull()
  })
})
