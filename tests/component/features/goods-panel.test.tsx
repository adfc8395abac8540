import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'

import type { Dataset } from '@/data/validate/schema'
import { GoodsControls } from '@/features/goods/goods-controls'
import { GoodsPanel } from '@/features/goods/goods-panel'
import { useDashboardStore } from '@/state/store'

import { loadDataset2022 } from '../../fixtures/bundled-dataset'

const dataset = loadDataset2022()

function renderGoods(data: Dataset = dataset) {
  const user = userEvent.setup()
  render(<GoodsPanel dataset={data} />)
  const table = () => screen.getByRole('table', { name: 'Banned goods' })
  const bodyRows = () =>
    within(table())
      .getAllByRole('row')
      .filter((r) => !r.classList.contains('spacer'))
      .slice(1)
  return { user, table, bodyRows }
}

describe('GoodsPanel', () => {
  it('counts the rows and renders a window of them', () => {
    const { bodyRows } = renderGoods()
    expect(screen.getByRole('status')).toHaveTextContent('91 of 91 items')
    expect(bodyRows().length).toBeGreaterThan(5)
    expect(screen.getByRole('table', { name: 'Banned goods' })).toHaveAttribute('aria-rowcount', '92')
  })

  it('renders a new result in view first and the rows beyond the view once the browser is idle', async () => {
    const { user, bodyRows } = renderGoods()
    // jsdom has no layout: the view is 560 px high, 7 rows of 80 px; 3 more are kept for scrolling.
    expect(bodyRows()).toHaveLength(10)
    await user.type(screen.getByRole('searchbox', { name: 'Search banned goods' }), 'e')
    const inView = bodyRows()
    expect(inView).toHaveLength(7)
    expect(inView.map((r) => r.getAttribute('aria-rowindex'))).toEqual(['2', '3', '4', '5', '6', '7', '8'])
    await waitFor(() => expect(bodyRows()).toHaveLength(10))
    // The rows in view are the same elements, not built again.
    expect(bodyRows().slice(0, 7)).toEqual(inView)
  })

  it('finds the quantum computers in two keystrokes, in English or Japanese, with the match marked', async () => {
    const { user, bodyRows } = renderGoods()
    const search = screen.getByRole('searchbox', { name: 'Search banned goods' })
    await user.type(search, 'qu')
    expect(bodyRows().some((r) => r.textContent?.startsWith('Quantum computers'))).toBe(true)
    await user.clear(search)
    await user.type(search, '量子')
    // The quantum computers, and the cooling equipment METI lists as quantum-related (量子技術関連).
    expect(screen.getByRole('status')).toHaveTextContent('2 of 91 items')
    const row = bodyRows().find((r) => r.textContent?.startsWith('Quantum computers')) as HTMLElement
    expect(within(row).getAllByText('量子', { selector: 'mark' })).toHaveLength(2)
    expect(useDashboardStore.getState().view.goodsSearch).toBe('量子')
  })

  it('shows items no source names as such', async () => {
    const { user, bodyRows } = renderGoods()
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Tranche' }),
      'jp-2022-05-10-cutting-edge-goods',
    )
    expect(screen.getByRole('status')).toHaveTextContent('14 of 91 items')
    // Unnamed items sort last, below the rows in view: the label is searchable, so find them by it.
    await user.type(screen.getByRole('searchbox', { name: 'Search banned goods' }), 'not identified')
    expect(screen.getByRole('status')).toHaveTextContent('4 of 91 items')
    expect(
      bodyRows().filter((r) => r.textContent?.includes('not identified in published sources')),
    ).toHaveLength(4)
  })

  it('filters by several categories at once', async () => {
    const { user } = renderGoods()
    const group = screen.getByRole('group', { name: 'Category' })
    await user.click(within(group).getByRole('button', { name: 'None' }))
    expect(screen.getByText('No banned goods match the search and filters.')).toBeInTheDocument()
    await user.click(within(group).getByRole('checkbox', { name: 'Wood (4)' }))
    await user.click(within(group).getByRole('checkbox', { name: 'Alcoholic beverages (6)' }))
    expect(screen.getByRole('status')).toHaveTextContent('10 of 91 items')
  })

  it('sorts by a column on click, and says so', async () => {
    const { user, bodyRows } = renderGoods()
    await user.click(screen.getByRole('button', { name: /^Item/ }))
    expect(screen.getByRole('columnheader', { name: /^Item/ })).toHaveAttribute('aria-sort', 'ascending')
    const first = bodyRows()[0]?.textContent ?? ''
    await user.click(screen.getByRole('button', { name: /^Item/ }))
    expect(screen.getByRole('columnheader', { name: /^Item/ })).toHaveAttribute('aria-sort', 'descending')
    expect(bodyRows()[0]?.textContent).not.toBe(first)
  })

  it('follows the page-wide measure-type filter', () => {
    useDashboardStore.getState().setTypes(['import_ban'])
    renderGoods()
    expect(screen.getByRole('status')).toHaveTextContent('38 of 91 items')
  })

  it('offers to clear everything when nothing matches', async () => {
    const { user } = renderGoods()
    await user.type(screen.getByRole('searchbox', { name: 'Search banned goods' }), 'no such thing')
    await user.click(screen.getByRole('button', { name: 'Clear search and filters' }))
    expect(screen.getByRole('status')).toHaveTextContent('91 of 91 items')
    expect(screen.getByRole('searchbox', { name: 'Search banned goods' })).toHaveValue('')
  })
})

/** `n` tranches of one item each, ids m-0 … m-(n-1), in the list's order. */
const manyTranches = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `m-${i}`,
    label: `Export ban ${i}`,
    announced: '2022-05-20',
    count: 1,
  }))

describe('GoodsControls with very long lists', () => {
  const tranches = manyTranches(450)
  const categories = Array.from({ length: 600 }, (_, i): [string, number] => [`Category ${i}`, 1])

  it('renders the tranche and category lists a step at a time, the chosen tranche at once', async () => {
    useDashboardStore.getState().setGoodsTranche('m-420')
    render(<GoodsControls categories={categories} categoryLabel={(c) => c} tranches={tranches} />)
    const select = screen.getByRole('combobox', { name: 'Tranche' })
    const options = () => within(select).getAllByRole('option')
    // "All tranches", the first step of 200, and the chosen one from further down.
    expect(options()).toHaveLength(202)
    expect(select).toHaveValue('m-420')
    const boxes = () => within(screen.getByRole('group', { name: 'Category' })).getAllByRole('checkbox')
    expect(boxes()).toHaveLength(500)
    await waitFor(() => expect(options()).toHaveLength(451), { timeout: 10_000 })
    await waitFor(() => expect(boxes()).toHaveLength(600), { timeout: 10_000 })
    // Every tranche once, in the list's order.
    expect(options().map((o) => o.getAttribute('value'))).toEqual(['', ...tranches.map((t) => t.id)])
    expect(select).toHaveValue('m-420')
  }, 20_000)
})

describe('GoodsControls with thousands of tranches', () => {
  const tranches = manyTranches(2100)

  it('fills in the first 2,000 by itself and the rest when the reader turns to the list', async () => {
    const user = userEvent.setup()
    render(<GoodsControls categories={[['Machinery', 1]]} categoryLabel={(c) => c} tranches={tranches} />)
    const select = screen.getByRole('combobox', { name: 'Tranche' })
    const options = () => select.querySelectorAll('option').length
    await waitFor(() => expect(options()).toBe(2001), { timeout: 15_000 })
    // It stops there (each step past a few thousand options cost the select 50–100 ms).
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(options()).toBe(2001)
    await user.click(select)
    expect(options()).toBe(2101)
    await user.selectOptions(select, 'm-2099')
    expect(useDashboardStore.getState().view.goodsTranche).toBe('m-2099')
  }, 30_000)
})
