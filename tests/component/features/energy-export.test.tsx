import { render, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

import { filterEnergyEvents } from '@/data/shape/filter'
import { EnergyPanel } from '@/features/energy/energy-panel'
import { toLngBars } from '@/features/energy/lng/lng-chart-data'
import { LngSupplierChart } from '@/features/energy/lng/lng-supplier-chart'
import { PhaseOutSvg } from '@/features/energy/phase-out/phase-out-svg'
import { toSupplierRows } from '@/data/shape/lng'
import { getI18n } from '@/lib/i18n/i18n'

import { loadDataset2022 } from '../../fixtures/bundled-dataset'

const dataset = loadDataset2022()
const phaseOutEvents = (types: Parameters<typeof filterEnergyEvents>[2]['types']) =>
  filterEnergyEvents(dataset.energy.events, dataset.measures, { types, from: null, to: null })
    .filter((e) => e.subject === 'crude_oil' || e.subject === 'coal')
    .sort((a, b) => a.date.localeCompare(b.date))

/** A marker's label: its date and title lines, one tspan each. */
const labelOf = (marker: Element) => [...marker.querySelectorAll('tspan')].map((t) => t.textContent).join(' ')
const numberOf = (marker: Element) => marker.querySelector('circle + text')?.textContent

describe('energy chart export', () => {
  it('offers "Export" on both energy figures', () => {
    render(<EnergyPanel dataset={dataset} />)
    for (const name of [/^Japan's LNG imports by supplier/, /^How Japan left Russian oil and coal$/]) {
      const figure = screen.getByRole('figure', { name })
      expect(within(figure).getByRole('button', { name: 'Export' })).toHaveAttribute('aria-expanded', 'false')
    }
  })

  it('draws the oil and coal lanes as one sized SVG, with a numbered marker per event on its lane', () => {
    const { container } = render(
      <PhaseOutSvg
        dataset={dataset}
        events={phaseOutEvents(null)}
        from="2022-02-23"
        to="2022-12-05"
        width={700}
      />,
    )
    const svg = container.querySelector('svg[data-export-chart]')
    expect(svg).toHaveAttribute('width', '700')
    expect(svg?.getAttribute('viewBox')).toBe(`0 0 700 ${svg?.getAttribute('height')}`)
    // Crude oil's lane comes first: its events are the 2nd to 4th by date.
    const markers = [...container.querySelectorAll('[data-marker]')]
    expect(markers.map(numberOf)).toEqual(['2', '3', '4', '1'])
    expect(markers.map(labelOf)[3]).toBe('8 Apr Japan announces ban on Russian coal imports')
    expect(svg).toHaveTextContent('3.6%')
    expect(svg).toHaveTextContent('also reported: about 4%')
    expect(svg).toHaveTextContent('12.5%')
  })

  it('numbers only the events the filters leave, and says when a lane has none', () => {
    const { container } = render(
      <PhaseOutSvg
        dataset={dataset}
        events={phaseOutEvents(['export_ban'])}
        from="2022-02-23"
        to="2022-12-05"
        width={700}
      />,
    )
    const markers = [...container.querySelectorAll('[data-marker]')]
    expect(markers.map(numberOf)).toEqual(['1'])
    expect(markers.map(labelOf)).toEqual(['21 Jul Japan imported no Russian crude in June 2022'])
    expect(container.querySelector('svg')).toHaveTextContent('No events shown')
  })

  it('draws the LNG chart in its wide layout when told to, even on a narrow screen', () => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: true,
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    }))
    const bars = toLngBars(getI18n('en'), toSupplierRows(dataset.energy.lngSuppliers, null), 'share', {
      name: 'Russia',
      label: 'Russia',
    })
    const russiaSize = (compact?: boolean) => {
      const { container, unmount } = render(
        <LngSupplierChart bars={bars} sourceLabel={() => ''} width={700} compact={compact} tooltip={false} />,
      )
      const tick = [...container.querySelectorAll('text')].find((t) => t.textContent === 'Russia')
      const size = tick?.getAttribute('font-size')
      unmount()
      return size
    }
    expect(russiaSize()).toBe('12')
    expect(russiaSize(false)).toBe('13')
  })
})
