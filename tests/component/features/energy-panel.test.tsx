import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'

import { EnergyPanel } from '@/features/energy/energy-panel'
import { useDashboardStore } from '@/state/store'

import { loadDataset2022 } from '../../fixtures/bundled-dataset'

const dataset = loadDataset2022()
const COAL_BAN = 'Japan announces ban on Russian coal imports'
const OIL_BAN = 'Japan to ban Russian oil imports "in principle"'
const ZERO_CRUDE = 'Japan imported no Russian crude in June 2022'

function renderPanel() {
  const user = userEvent.setup()
  render(<EnergyPanel dataset={dataset} />)
  return { user, phaseOut: screen.getByRole('figure', { name: 'How Japan left Russian oil and coal' }) }
}

const eventTitles = (el: HTMLElement) =>
  [...el.querySelectorAll('.energy-event-list .ev-title')].map((p) => p.textContent)

describe('EnergyPanel: oil and coal', () => {
  it('shows crude oil and coal dependency figures, with the other reported values', () => {
    const { phaseOut } = renderPanel()
    expect(within(phaseOut).getByRole('button', { name: '3.6%' })).toHaveAccessibleDescription(
      /Medium confidence/,
    )
    expect(within(phaseOut).getByText('also reported: about 4%')).toBeInTheDocument()
    expect(within(phaseOut).getByRole('button', { name: '11%' })).toBeInTheDocument()
    expect(within(phaseOut).getByRole('button', { name: '12.5%' })).toBeInTheDocument()
    expect(within(phaseOut).getByText('also reported: about 13%')).toBeInTheDocument()
    expect(
      within(phaseOut).getByText(/^In 2021, Russia's share of Japan's crude oil imports: 3.6%/),
    ).toBeInTheDocument()
  })

  it('puts the phase-out events on a numbered time line in date order', () => {
    const { phaseOut } = renderPanel()
    expect(eventTitles(phaseOut)).toEqual([
      COAL_BAN,
      OIL_BAN,
      ZERO_CRUDE,
      'Price cap on Russian crude oil and oil products',
    ])
    expect([...phaseOut.querySelectorAll('.po-dot')].map((d) => d.textContent)).toEqual(['2', '3', '4', '1'])
  })

  it('follows the measure-type filter: an export-ban view hides the bans but keeps context events', async () => {
    const { user, phaseOut } = renderPanel()
    act(() => useDashboardStore.getState().setTypes(['export_ban']))
    expect(eventTitles(phaseOut)).toEqual([ZERO_CRUDE])
    expect(within(phaseOut).getByText(/3 events hidden by the current filters/)).toBeInTheDocument()
    expect(within(phaseOut).getByText(/1 of 4 oil and coal events shown/)).toBeInTheDocument()
    const card = screen.getByRole('article', { name: 'Sakhalin-2' })
    expect(within(card).queryByText('Putin decree transfers Sakhalin-2 to a new Russian operator')).toBeNull()
    expect(within(card).getByText('Shell announces exit from Sakhalin-2')).toBeInTheDocument()

    await user.click(within(phaseOut).getByRole('button', { name: 'Clear filters' }))
    expect(eventTitles(phaseOut)).toHaveLength(4)
  })

  it('follows the date range', () => {
    const { phaseOut } = renderPanel()
    act(() => useDashboardStore.getState().setRange({ from: '2022-05-01', to: '2022-07-31' }))
    expect(eventTitles(phaseOut)).toEqual([OIL_BAN, ZERO_CRUDE])
    expect(within(phaseOut).getByText(/1 May – 31 Jul 2022/)).toBeInTheDocument()
  })

  it('shows the same figures and events in its table twin', async () => {
    const { user, phaseOut } = renderPanel()
    await user.click(within(phaseOut).getByRole('tab', { name: 'Table' }))
    const deps = within(phaseOut).getByRole('table', { name: "Russia's share of Japan's imports" })
    expect(within(deps).getByRole('row', { name: /crude oil/ })).toHaveTextContent(
      /3.6%.*about 4% \(AP via The Hindu, City A.M.\)/,
    )
    const events = within(phaseOut).getByRole('table', { name: 'Oil and coal events' })
    expect(within(events).getByRole('row', { name: new RegExp(COAL_BAN) })).toHaveTextContent('8 Apr 2022')
    expect(within(events).getByRole('row', { name: new RegExp(COAL_BAN) })).toHaveTextContent('Import ban')
  })

  it('renders from a dataset with no energy records at all', () => {
    const energy = { lngSuppliers: [], figures: [], sakhalin2Shareholders: [], dependencies: [], events: [] }
    render(<EnergyPanel dataset={{ ...dataset, energy }} />)
    expect(screen.getByText('No LNG supplier shares are in this dataset.')).toBeInTheDocument()
    expect(screen.getAllByText('not in this dataset').length).toBeGreaterThan(5)
    expect(screen.getByText(/No oil or coal dependency figures are in this dataset/)).toBeInTheDocument()
  })
})
