import { screen, waitFor, within } from '@testing-library/react'
import { renderWithQuery } from '../../render'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'

import { FilterBar } from '@/features/filters/filter-bar'
import { TimelinePanel } from '@/features/timeline/timeline-panel'

import { loadDataset2022 } from '../../fixtures/bundled-dataset'

const dataset = loadDataset2022()
const TITLE = "Japan's sanctions: individuals under asset freeze"

function renderTimeline() {
  const user = userEvent.setup()
  renderWithQuery(
    <>
      <FilterBar dataset={dataset} />
      <TimelinePanel dataset={dataset} />
    </>,
  )
  return { user }
}

const barsOf = (figure: HTMLElement) => figure.querySelectorAll('.recharts-bar-rectangle')

describe('TimelinePanel', () => {
  it('draws the individuals chart as a figure named by its title, one bar per tranche', async () => {
    renderTimeline()
    const figure = screen.getByRole('figure', { name: TITLE })
    await waitFor(() => expect(barsOf(figure)).toHaveLength(9))
    expect(figure.querySelector('.recharts-wrapper > svg.recharts-surface')).toHaveAttribute('width', '800')
    expect(
      within(figure).getByText(
        /bringing the total to 721; the largest, on 12 Apr 2022, added 398, taking the total to 499\./,
      ),
    ).toBeInTheDocument()
  })

  it('labels the largest tranches on the chart itself, with the total each made', async () => {
    renderTimeline()
    const figure = screen.getByRole('figure', { name: TITLE })
    await waitFor(() => expect(barsOf(figure)).toHaveLength(9))
    const labels = [...figure.querySelectorAll('svg text')]
      .map((t) => t.textContent)
      .filter((text) => text.startsWith('+'))
    // The three largest, far enough apart on this axis; the smaller steps are left to the tooltip and table.
    expect(labels).toEqual(['+398 → 499', '+141 → 640', '+81 → 721'])
  })

  it('draws a numbered dashed line at each major decision, its number above it, in order', async () => {
    renderTimeline()
    const figure = screen.getByRole('figure', { name: TITLE })
    await waitFor(() => expect(figure.querySelectorAll('.decision-markers line').length).toBeGreaterThan(2))
    const lines = [...figure.querySelectorAll('.decision-markers line')]
    const numbers = [...figure.querySelectorAll('.decision-marker-labels text')]
    expect(numbers).toHaveLength(lines.length)
    lines.forEach((line, i) => {
      expect(line).toHaveAttribute('stroke-dasharray', '2 3')
      // Each number stands over its own line, above the plot the line spans.
      expect(numbers[i]).toHaveAttribute('x', line.getAttribute('x1'))
      expect(Number(numbers[i]?.getAttribute('y'))).toBeLessThan(Number(line.getAttribute('y2')))
    })
    const texts = numbers.map((n) => n.textContent ?? '')
    for (const text of texts) expect(text).toMatch(/^\d+(·\d+)*$/)
    // Numbered from 1, left to right, each decision once ("3·4" where two share a line).
    const all = texts.flatMap((text) => text.split('·').map(Number))
    expect(all).toEqual(all.map((_, i) => i + 1))
    const xs = lines.map((l) => Number(l.getAttribute('x1')))
    expect(xs).toEqual([...xs].sort((a, b) => a - b))
  })

  it('shows the same numbers in its table twin, sortable', async () => {
    const { user } = renderTimeline()
    const figure = screen.getByRole('figure', { name: TITLE })
    await user.click(within(figure).getByRole('tab', { name: 'Table' }))
    const table = within(figure).getByRole('table', { name: 'Individuals under asset freeze' })
    const april = within(table).getByRole('row', { name: /12 Apr 2022/ })
    expect(april).toHaveTextContent('+398')
    expect(april).toHaveTextContent('499')
    const may = within(table).getByRole('row', { name: /10 May 2022/ })
    expect(may).toHaveTextContent('+141')
    expect(may).toHaveTextContent('640')
    expect(within(table).getByRole('row', { name: /7 Oct 2022/ })).toHaveTextContent('(differs)')

    await user.click(within(table).getByRole('button', { name: /Added/ }))
    await user.click(within(table).getByRole('button', { name: /Added/ }))
    const firstRow = within(table).getAllByRole('row')[1]
    expect(firstRow).toHaveTextContent('12 Apr 2022')
    expect(within(table).getByRole('columnheader', { name: /Added/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    )
  })

  it('follows the measure-type filter: only export bans switch the chart to export tallies', async () => {
    const { user } = renderTimeline()
    const group = screen.getByRole('group', { name: 'Measure type' })
    await user.click(within(group).getByRole('button', { name: 'None' }))
    expect(screen.getAllByText('No measures of this kind match the current filters.')).toHaveLength(2)
    await user.click(within(group).getByRole('checkbox', { name: /^Export ban/ }))
    const figure = screen.getByRole('figure', { name: "Japan's sanctions: organisations under export ban" })
    await waitFor(() => expect(barsOf(figure)).toHaveLength(4))
    expect(within(figure).getByRole('combobox', { name: 'Show' })).toHaveValue('export-entities')
    // Russia's entry bans are not an export ban: their figure says so rather than drawing an empty chart.
    const retaliation = screen.getByRole('figure', { name: /Russia's retaliation/ })
    expect(within(retaliation).getByRole('button', { name: 'Clear filters' })).toBeInTheDocument()
  })

  it('names each measure type with its count, and marks Russia-only types', () => {
    renderTimeline()
    const group = screen.getByRole('group', { name: 'Measure type' })
    expect(within(group).getByRole('checkbox', { name: 'Asset freeze (21)' })).toBeChecked()
    expect(within(group).getByRole('checkbox', { name: 'Entry ban (Russia) (2)' })).toBeChecked()
  })

  it('narrows every chart to typed dates, keeping true running totals', async () => {
    const { user } = renderTimeline()
    await user.type(screen.getByLabelText('From'), '2022-04-01')
    const figure = screen.getByRole('figure', { name: TITLE })
    await waitFor(() => expect(barsOf(figure)).toHaveLength(3))
    expect(
      within(figure).getByText(/3 tranches from 12 Apr 2022 to 7 Oct 2022 added 620 individuals/),
    ).toBeInTheDocument()
  })
})
