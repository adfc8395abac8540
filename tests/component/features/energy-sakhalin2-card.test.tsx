import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'

import type { Dataset } from '@/data/validate/schema'
import { Sakhalin2Card } from '@/features/energy/sakhalin2/sakhalin2-card'

import { loadDataset2022 } from '../../fixtures/bundled-dataset'

const dataset = loadDataset2022()
const cardEvents = dataset.energy.events.filter((e) => e.subject === 'sakhalin2' || e.subject === 'lng')

function renderCard(d: Dataset = dataset, events = cardEvents, hidden = 0) {
  const onClear = vi.fn()
  const user = userEvent.setup()
  render(
    <Sakhalin2Card
      dataset={d}
      events={events}
      hidden={hidden}
      period="23 Feb – 5 Dec 2022"
      onClear={onClear}
    />,
  )
  return { user, onClear, card: screen.getByRole('article', { name: 'Sakhalin-2' }) }
}

describe('Sakhalin2Card', () => {
  it('shows the nameplate capacity, with the other reported figures noted and sourced on focus', async () => {
    const { user, card } = renderCard()
    const capacity = within(card).getByRole('button', { name: '9.6 Mt/yr' })
    expect(within(card).getByText('Nameplate; also reported: 10–11.5 Mt/yr')).toBeInTheDocument()
    expect(capacity).toHaveAccessibleDescription(/Sputnik/)
    expect(capacity).toHaveAccessibleDescription(/Medium confidence/)
    expect(capacity).toHaveAccessibleDescription(
      /Also reported: 10 Mt\/yr \(Natural Gas World\); about 10 Mt\/yr \(CCTV via guipiaogei\); about 11.5 Mt\/yr \(RFE\/RL, RT\)/,
    )
    await user.tab()
    expect(capacity).toHaveFocus()
    // The popover's links come next in tab order, so a keyboard user can follow a source.
    await user.tab()
    expect(document.activeElement).toHaveAttribute('rel', 'noopener noreferrer')
  })

  it('lets Escape dismiss a figure popover, and focus bring it back', async () => {
    const { user, card } = renderCard()
    const capacity = within(card).getByRole('button', { name: '9.6 Mt/yr' })
    await user.click(capacity)
    await user.keyboard('{Escape}')
    expect(capacity.parentElement).toHaveClass('fig-dismissed')
    await user.tab({ shift: true })
    await user.tab()
    expect(capacity).toHaveFocus()
    expect(capacity.parentElement).not.toHaveClass('fig-dismissed')
  })

  it("states the share of its output going to Japan and its share of Japan's LNG", () => {
    const { card } = renderCard()
    const term = (name: RegExp) => within(card).getByText(name, { selector: 'dt' })
    expect(term(/^Share of Sakhalin-2 output going to Japan$/).parentElement).toHaveTextContent('about 60%')
    expect(term(/^Sakhalin-2 as a share of Japan's LNG imports$/).parentElement).toHaveTextContent('about 9%')
  })

  it('lists the four shareholders before 2022 and what became of each stake', () => {
    const { card } = renderCard()
    const owners = within(card).getByRole('region', { name: 'Shareholders before and after 2022' })
    const items = within(owners).getAllByRole('listitem')
    expect(items.map((li) => li.querySelector('strong')?.textContent)).toEqual([
      'Gazprom',
      'Shell',
      'Mitsui',
      'Mitsubishi',
    ])
    expect(items[0]).toHaveTextContent('50% + 1 share')
    expect(items[1]).toHaveTextContent('27.5% minus 1 share')
    expect(items[1]).toHaveTextContent(/Announced its exit on 28 Feb 2022/)
    expect(items[2]).toHaveTextContent('12.5%')
    expect(items[2]).toHaveTextContent(/approved the transfer of Mitsui's 12.5% stake .* 30 Aug 2022/)
    expect(items[3]).toHaveTextContent('10%')
    expect(items[3]).toHaveTextContent(/published on Wednesday 31 Aug 2022/)
  })

  it("lists the 2022 events, each with its source, from Shell's exit to the approved stakes", () => {
    const { card } = renderCard()
    const list = within(card).getByRole('region', { name: /^Sakhalin-2 and LNG events/ })
    const shell = within(list).getByText('Shell announces exit from Sakhalin-2').closest('li')
    expect(shell).toHaveTextContent('28 Feb 2022')
    expect(within(shell!).getByRole('link', { name: 'RFE/RL' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^https:/),
    )
    for (const title of [
      'Kishida: Japan will not withdraw from Sakhalin-2',
      'Putin decree transfers Sakhalin-2 to a new Russian operator',
      'New operator Sakhalin Energy LLC established',
      "Russia approves Mitsui's 12.5% stake in the new operator",
      "Russia approves Mitsubishi's 10% stake in the new operator",
    ]) {
      expect(within(list).getByText(title).closest('li')).toHaveTextContent(/Source: .+/)
    }
  })

  it('says how many events the filters hide, and clears them', async () => {
    const { user, card, onClear } = renderCard(dataset, cardEvents.slice(0, 2), cardEvents.length - 2)
    expect(
      within(card).getByText(new RegExp(`^${cardEvents.length - 2} events hidden by the current filters`)),
    ).toBeInTheDocument()
    await user.click(within(card).getByRole('button', { name: 'Clear filters' }))
    expect(onClear).toHaveBeenCalledOnce()
  })

  it('shows "not in this dataset" for a missing figure or shareholder list, never a number', () => {
    const energy = { ...dataset.energy, figures: [], sakhalin2Shareholders: [] }
    const { card } = renderCard({ ...dataset, energy })
    expect(within(card).getAllByText('not in this dataset')).toHaveLength(5)
    expect(within(card).getByText('Shareholders: not in this dataset.')).toBeInTheDocument()
    expect(within(card).queryByText(/Mt\/yr/)).toBeNull()
  })
})
