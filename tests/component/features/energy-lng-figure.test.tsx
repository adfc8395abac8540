import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'

import { LngSupplierFigure } from '@/features/energy/lng/lng-supplier-figure'

import { loadDataset2022 } from '../../fixtures/bundled-dataset'

const dataset = loadDataset2022()
const TITLE = "Japan's LNG imports by supplier, 2021"

function renderFigure(d = dataset) {
  const user = userEvent.setup()
  render(<LngSupplierFigure dataset={d} />)
  return { user, figure: screen.getByRole('figure', { name: TITLE }) }
}

const bars = (figure: HTMLElement) => [...figure.querySelectorAll('.recharts-bar-rectangle')]
const fillOf = (bar: Element) => bar.querySelector('path')?.getAttribute('fill')
const labels = (figure: HTMLElement) =>
  [...figure.querySelectorAll('.lng-value-label')].map((t) => t.textContent ?? '')

describe('LngSupplierFigure', () => {
  it('is a figure named by its title, one bar per supplier, Russia in the accent colour and "5th"', async () => {
    const { figure } = renderFigure()
    await waitFor(() => expect(bars(figure)).toHaveLength(11))
    const fills = bars(figure).map(fillOf)
    expect(fills.filter((f) => f === '#a8002a')).toHaveLength(1)
    expect(fills[4]).toBe('#a8002a')
    expect(labels(figure)[4]).toBe('8.8%5th')
    expect(labels(figure)[0]).toBe('35.8%')
    expect(
      within(figure).getByText(
        "Australia supplied 35.8% of Japan's 74.32 Mt of LNG in 2021; Russia ranked 5th at 8.8%.",
      ),
    ).toBeInTheDocument()
    expect(within(figure).getByText(/^Source: Tokyo Metropolitan Government\.$/)).toBeInTheDocument()
  })

  it("states Russia's share and rank, each with its source and confidence on focus", async () => {
    const { user, figure } = renderFigure()
    const share = within(figure).getByRole('button', { name: '8.8%' })
    expect(share).toHaveAccessibleDescription(
      /Tokyo Metropolitan Government.*High confidence|High confidence.*Tokyo/,
    )
    expect(share).toHaveAccessibleDescription(/Also reported: 9% \(City A\.M\., The Moscow Times/)
    const rank = within(figure).getByRole('button', { name: '5th' })
    expect(rank).toHaveAccessibleDescription(/Al Jazeera\/Reuters/)
    // Reachable by keyboard: a few tabs past the switch and the view tabs.
    for (let i = 0; i < 6 && document.activeElement !== share; i += 1) await user.tab()
    expect(share).toHaveFocus()
  })

  it('shows the same numbers in its table twin, with the basis of each tonnage', async () => {
    const { user, figure } = renderFigure()
    await user.click(within(figure).getByRole('tab', { name: 'Table' }))
    const table = within(figure).getByRole('table', { name: TITLE })
    expect(within(table).getAllByRole('row')).toHaveLength(13)
    const russia = within(table).getByRole('row', { name: /Russia/ })
    expect(russia).toHaveTextContent('5th')
    expect(russia).toHaveTextContent('8.8%')
    expect(russia).toHaveTextContent('6.56')
    expect(russia).toHaveTextContent('Published: LNG Journal, medium confidence; derived: 6.54 Mt')
    const australia = within(table).getByRole('row', { name: /Australia/ })
    expect(australia).toHaveTextContent('35.8%')
    expect(australia).toHaveTextContent('26.61')
    expect(australia).toHaveTextContent('Derived from the share, low confidence')
    const all = within(table).getByRole('row', { name: /All suppliers/ })
    expect(all).toHaveTextContent('100%')
    expect(all).toHaveTextContent('74.32')
  })

  it('switches between share and tonnes, labelling derived tonnes', async () => {
    const { user, figure } = renderFigure()
    await waitFor(() => expect(bars(figure)).toHaveLength(11))
    expect(within(figure).getByRole('radio', { name: 'Share (%)' })).toBeChecked()
    await user.click(within(figure).getByRole('radio', { name: 'Tonnes (Mt)' }))
    await waitFor(() => expect(labels(figure)[0]).toBe('26.61 Mt derived'))
    expect(labels(figure)[4]).toBe('6.56 Mt published5th')
    expect(labels(figure).filter((l) => l.endsWith('derived'))).toHaveLength(10)
    expect(
      within(figure).getByText(/except Russia: published 6.56 Mt shown \(derived: 6.54 Mt\)/),
    ).toBeInTheDocument()
    await user.click(within(figure).getByRole('radio', { name: 'Share (%)' }))
    await waitFor(() => expect(labels(figure)[0]).toBe('35.8%'))
  })

  it('without the total, offers shares only and says tonnes are missing', () => {
    const figures = dataset.energy.figures.filter((f) => f.id !== 'lng-japan-imports-2021')
    render(<LngSupplierFigure dataset={{ ...dataset, energy: { ...dataset.energy, figures } }} />)
    const figure = screen.getByRole('figure', { name: "Japan's LNG imports by supplier" })
    expect(within(figure).getByRole('radio', { name: 'Tonnes (Mt)' })).toBeDisabled()
    expect(
      within(figure).getByText("Australia supplied 35.8% of Japan's LNG imports; Russia ranked 5th at 8.8%."),
    ).toBeInTheDocument()
  })

  it('without suppliers, says so instead of an empty chart', () => {
    render(<LngSupplierFigure dataset={{ ...dataset, energy: { ...dataset.energy, lngSuppliers: [] } }} />)
    expect(screen.getByText('No LNG supplier shares are in this dataset.')).toBeInTheDocument()
  })
})
