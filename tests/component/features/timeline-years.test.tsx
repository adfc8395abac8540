/** The timeline over several years: the range presets, and the breakdown by target country. */
import { screen, waitFor, within } from '@testing-library/react'
import { renderWithQuery } from '../../render'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'

import { localizeDataset } from '@/data/localize'
import { validateDataset } from '@/data/validate/validate-dataset'
import { FilterBar } from '@/features/filters/filter-bar'
import { TimelinePanel } from '@/features/timeline/timeline-panel'
import { useDashboardStore } from '@/state/store'

import { makeDataset, makeMeasure } from '../../fixtures/make-dataset'

const freeze = (id: string, announced: string, added: number, extra: Record<string, unknown> = {}) =>
  makeMeasure({ id, announced, effective: null, added, headline: true, title: `Freeze ${id}`, ...extra })

function makeMultiYear() {
  const result = validateDataset(
    makeDataset({
      schemaVersion: 3,
      meta: {
        title: 'Multi-year test dataset',
        imposingCountry: 'JP',
        targetCountry: 'RU',
        asOf: '2025-09-12',
        coverage: { from: '2022-02-23', to: '2025-09-12' },
        version: '2.0.0',
        licence: 'CC BY 4.0',
      },
      measures: [
        freeze('a22', '2022-04-12', 398),
        freeze('a23', '2023-01-27', 36, {
          byCountry: [
            { country: 'RU', added: 22 },
            { country: 'UA-occupied', added: 14 },
          ],
        }),
        freeze('by23', '2023-03-01', 5, { targetCountry: 'BY' }),
        freeze('a24', '2024-03-01', 12, {
          byCountry: [
            { country: 'RU', added: 9 },
            { country: 'UA-occupied', added: 3 },
          ],
        }),
        freeze('kp25', '2025-01-10', 1, { targetCountry: 'KP' }),
        makeMeasure({
          id: 'del25',
          announced: '2025-01-10',
          effective: null,
          added: null,
          removed: 3,
          title: 'Delisted: 3',
        }),
        freeze('a25', '2025-09-12', 14),
      ],
      goods: [],
    }),
  )
  if (!result.ok) throw new Error('refused')
  return localizeDataset(result.dataset, 'en')
}

const TITLE = "Japan's sanctions: individuals under asset freeze"

function renderTimeline() {
  const dataset = makeMultiYear()
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

describe('range presets', () => {
  it('offers All and one button per covered year, All pressed by default', () => {
    renderTimeline()
    const presets = screen.getByRole('group', { name: 'Date presets' })
    const buttons = within(presets).getAllByRole('button')
    expect(buttons.map((b) => b.textContent)).toEqual(['All dates', '2022', '2023', '2024', '2025'])
    expect(within(presets).getByRole('button', { name: 'All dates' })).toHaveAttribute('aria-pressed', 'true')
  })

  it('narrows every figure to a year, keeps running totals, and numbers decisions within it', async () => {
    const { user } = renderTimeline()
    const figure = screen.getByRole('figure', { name: TITLE })
    await waitFor(() => expect(barsOf(figure)).toHaveLength(4))
    await user.click(screen.getByRole('button', { name: '2024' }))
    expect(useDashboardStore.getState().view).toMatchObject({ from: '2024-01-01', to: '2024-12-31' })
    expect(screen.getByRole('button', { name: '2024' })).toHaveAttribute('aria-pressed', 'true')
    expect(screen.getByLabelText('From')).toHaveValue('2024-01-01')
    await waitFor(() => expect(barsOf(figure)).toHaveLength(1))
    // The running total counts the earlier years: 398 + 36 + 12.
    expect(within(figure).getByText(/added 12 individuals, bringing the total to 446/)).toBeInTheDocument()
    // The decisions below the chart follow the range, numbered from 1.
    const list = screen.getByRole('heading', { name: 'Major decisions marked on the time axis' })
      .parentElement as HTMLElement
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([expect.stringContaining('Freeze a24')])
    expect(within(list).getByRole('listitem')).toHaveAttribute('value', '1')
    await user.click(screen.getByRole('button', { name: 'All dates' }))
    expect(useDashboardStore.getState().view).toMatchObject({ from: null, to: null })
    await waitFor(() => expect(barsOf(figure)).toHaveLength(4))
  })
})

describe('a delisting', () => {
  it('lowers the running total, and the table and the point say so', async () => {
    const { user } = renderTimeline()
    const figure = screen.getByRole('figure', { name: TITLE })
    await waitFor(() => expect(figure.querySelectorAll('.chart-point')).toHaveLength(5))
    const labels = [...figure.querySelectorAll('.chart-point')].map((p) => p.getAttribute('aria-label'))
    expect(labels).toContain('10 Jan 2025: 3 removed from the list, 443 in total')
    expect(
      within(figure).getByText(/bringing the total to 457;.* 3 were removed from the list in that time\./),
    ).toBeInTheDocument()
    await user.click(within(figure).getByRole('tab', { name: 'Table' }))
    const row = within(figure)
      .getAllByRole('row')
      .find((r) => r.textContent?.includes('Delisted: 3'))
    expect(
      row &&
        within(row)
          .getAllByRole('cell')
          .map((c) => c.textContent)
          .slice(0, 3),
    ).toEqual(['10 Jan 2025', '−3', '443'])
  })
})

describe('breakdown by target country', () => {
  it('stacks the bars by group over every target country, with a column each in the table', async () => {
    const { user } = renderTimeline()
    const figure = screen.getByRole('figure', { name: TITLE })
    await user.click(within(figure).getByRole('checkbox', { name: 'By target country' }))
    expect(useDashboardStore.getState().view.breakdown).toBe('country')
    // Belarus and North Korea count now: 6 tranches; the legend names each group shown.
    const legend = within(figure).getByRole('list', { name: 'Legend' })
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(expect.arrayContaining(['Russia', 'Occupied regions of Ukraine', 'Belarus', 'Third countries']))
    expect(
      within(figure).getByText(
        /By target country: Russia 443, Occupied regions of Ukraine 17, Belarus 5(,| and) Third countries 1\./,
      ),
    ).toBeInTheDocument()
    await user.click(within(figure).getByRole('tab', { name: 'Table' }))
    const table = within(figure).getByRole('table')
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent?.replace(/[▲▼↕]/g, '').trim())
    expect(headers.slice(0, 6)).toEqual([
      'Announced',
      'Added',
      'Russia',
      'Occupied regions of Ukraine',
      'Belarus',
      'Third countries',
    ])
    const rows = within(table).getAllByRole('row').slice(1)
    // Six tranches and the delisting.
    expect(rows).toHaveLength(7)
    expect(
      within(rows[1]!)
        .getAllByRole('cell')
        .map((c) => c.textContent)
        .slice(0, 6),
    ).toEqual(['27 Jan 2023', '+36', '22', '14', '0', '0'])
  })
})
