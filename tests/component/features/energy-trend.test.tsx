/** Russia's share of Japan's imports by year, beside the 2021 supplier breakdown. */
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'

import { localizeDataset } from '@/data/localize'
import { validateDataset } from '@/data/validate/validate-dataset'
import { EnergyPanel } from '@/features/energy/energy-panel'
import { summarizeTrend } from '@/features/energy/trend/share-trend-figure'
import { shareTrend } from '@/data/shape/share-trend'
import { getI18n } from '@/lib/i18n/i18n'

import { loadDataset2022 } from '../../fixtures/bundled-dataset'
import { makeDataset, makeFigure } from '../../fixtures/make-dataset'

const dep = (commodity: string, year: number, value: number, extra: Record<string, unknown> = {}) => ({
  id: `dep-${commodity}-${year}`,
  commodity,
  label: `Russia's share of Japan's ${commodity} imports`,
  year,
  share: makeFigure({ value, ...extra }),
})

function trendDataset() {
  const base = makeDataset() as { energy: Record<string, unknown> }
  const result = validateDataset(
    makeDataset({
      energy: {
        ...base.energy,
        dependencies: [
          dep('lng', 2021, 8.8),
          dep('lng', 2023, 9.3, { derived: true, confidence: 'low' }),
          dep('lng', 2024, 8.6, { derived: true, confidence: 'low' }),
          dep('crude_oil', 2021, 3.6),
          dep('crude_oil', 2025, 0.1),
          dep('palladium', 2021, 43),
        ],
      },
    }),
  )
  if (!result.ok) throw new Error('refused')
  return localizeDataset(result.dataset, 'en')
}

const TITLE = "Russia's share of Japan's imports, by year"

describe('the yearly share trend', () => {
  it('draws LNG and crude oil by year, first and last named in its summary', () => {
    render(<EnergyPanel dataset={trendDataset()} />)
    const figure = screen.getByRole('figure', { name: TITLE })
    expect(
      within(figure).getByText(
        "Russia's share of Japan's imports by year: LNG 8.8% (2021) → 8.6% (2024), Crude oil 3.6% (2021) → 0.1% (2025).",
      ),
    ).toBeInTheDocument()
    const legend = within(figure).getByRole('list', { name: 'Legend' })
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['LNG', 'Crude oil'])
  })

  it('lists every share in its table, derived ones marked as such', async () => {
    const user = userEvent.setup()
    render(<EnergyPanel dataset={trendDataset()} />)
    const figure = screen.getByRole('figure', { name: TITLE })
    await user.click(within(figure).getByRole('tab', { name: 'Table' }))
    const rows = within(within(figure).getByRole('table')).getAllByRole('row').slice(1)
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]?.textContent)).toEqual([
      '2021',
      '2023',
      '2024',
      '2021',
      '2025',
    ])
    expect(within(rows[1]!).getByText('derived')).toBeInTheDocument()
    expect(within(rows[0]!).getByText('published')).toBeInTheDocument()
  })

  it('is left out where the dataset has one year only (the 2022 snapshot: 2021 shares)', () => {
    render(<EnergyPanel dataset={loadDataset2022()} />)
    expect(screen.queryByRole('figure', { name: TITLE })).toBeNull()
    expect(shareTrend(loadDataset2022().energy.dependencies).years).toEqual([2021])
    expect(summarizeTrend(getI18n('en'), [])).toBe('This dataset gives no shares for more than one year.')
  })
})
