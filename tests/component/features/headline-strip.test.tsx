/** The headline figures: shaped from the dataset, dated, sourced on hover or focus, following the page's filter. */
import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'

import { HeadlineStrip } from '@/features/headline/headline-strip'
import { useDashboardStore } from '@/state/store'

import { loadDataset2022 } from '../../fixtures/bundled-dataset'
import { setTestLocale } from '../../locale'

const dataset = loadDataset2022()

function figures() {
  const strip = screen.getByRole('region', { name: 'Headline figures' })
  return { strip, items: within(strip).getAllByRole('listitem') }
}

describe('HeadlineStrip', () => {
  it('shows each running total with its date, and Russia’s latest share of Japan’s LNG imports', () => {
    render(<HeadlineStrip dataset={dataset} />)
    const { strip, items } = figures()
    expect(strip).toHaveTextContent('Running totals as of 5 Dec 2022, the dataset’s date')
    const text = items.map((li) => li.querySelector('.headline-value')?.textContent)
    expect(text).toEqual(['721', '46', '7', '222', '463', '8.8%'])
    expect(items[0]).toHaveTextContent('Individuals under asset freeze')
    expect(items[0]).toHaveTextContent('as of 7 Oct 2022')
    expect(items[5]).toHaveTextContent("Russia's share of Japan's LNG imports")
    expect(items[5]).toHaveTextContent('in 2021')
  })

  it('gives each figure a keyboard stop that describes its sources and confidence', async () => {
    const user = userEvent.setup()
    render(<HeadlineStrip dataset={dataset} />)
    await user.tab()
    const first = screen.getByRole('button', {
      name: 'Individuals under asset freeze: sources and confidence',
    })
    expect(first).toHaveFocus()
    expect(first).toHaveAccessibleDescription(/^The sum of 9 tranches, 27 Feb 2022 to 7 Oct 2022\. Source: /)
    expect(first).toHaveAccessibleDescription(/Medium confidence: the lowest among its tranches\.$/)
    expect(screen.getAllByRole('tooltip', { hidden: true })).toHaveLength(6)
    await user.keyboard('{Escape}')
    expect(first.closest('.headline-figure')).toHaveClass('tip-dismissed')
    const lng = screen.getByRole('button', {
      name: "Russia's share of Japan's LNG imports: sources and confidence",
    })
    expect(lng).toHaveAccessibleDescription(/High confidence\./)
  })

  it('follows the page’s filter: totals at the end of the selected dates, hidden types said plainly', () => {
    render(<HeadlineStrip dataset={dataset} />)
    act(() => {
      useDashboardStore.setState((s) => ({ view: { ...s.view, to: '2022-04-30', types: ['asset_freeze'] } }))
    })
    const { strip, items } = figures()
    expect(strip).toHaveTextContent('Running totals as of 30 Apr 2022, the end of the selected dates')
    expect(items.map((li) => li.querySelector('.headline-value')?.textContent)).toEqual([
      '499',
      '37',
      '7',
      '8.8%',
    ])
    expect(items[0]).toHaveTextContent('as of 12 Apr 2022')
    expect(strip).toHaveTextContent('2 figures are hidden by the measure-type filter.')
  })

  it('speaks Japanese', async () => {
    await setTestLocale('ja')
    render(<HeadlineStrip dataset={dataset} />)
    const strip = screen.getByRole('region', { name: '主な数値' })
    expect(strip).toHaveTextContent('データ時点（2022年12月5日）の累計')
    const items = within(strip).getAllByRole('listitem')
    expect(items[0]).toHaveTextContent('2022年10月7日時点')
    expect(
      within(items[0] as HTMLElement).getByRole('button', {
        name: '資産凍結の対象となった個人：出典と信頼度',
      }),
    ).toHaveAccessibleDescription(/^2022年2月27日から2022年10月7日までの9回の合計です。/)
  })
})
