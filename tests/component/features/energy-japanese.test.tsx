/** The energy panel in Japanese: headings, labels, summaries and exports all follow the chosen language. */
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import Papa from 'papaparse'
import { beforeEach, describe, expect, it } from 'vitest'

import { exportFileName } from '@/components/export/export-spec'
import { filterEnergyEvents } from '@/data/shape/filter'
import { figureById, publishedLngTonnes } from '@/data/shape/energy-figures'
import { toSupplierRows } from '@/data/shape/lng'
import { makeSourceLabeler } from '@/data/shape/source-labels'
import { EnergyPanel } from '@/features/energy/energy-panel'
import { toLngBars } from '@/features/energy/lng/lng-chart-data'
import { lngExportSpec } from '@/features/energy/lng/lng-export-spec'
import { PhaseOutSvg } from '@/features/energy/phase-out/phase-out-svg'
import { getI18n } from '@/lib/i18n/i18n'

import { loadDataset2022 } from '../../fixtures/bundled-dataset'
import { setTestLocale } from '../../locale'

// As a Japanese reader gets it: the dataset's texts in Japanese too.
const dataset = loadDataset2022('ja')
const LNG_TITLE = '日本のLNG輸入（供給国別、2021年）'
const PHASE_OUT_TITLE = '日本のロシア産原油・石炭からの脱却'

/** An element's text as read on the page, without the popovers its figures hold for hover and focus. */
function withoutPopovers(el: Element | null): string | undefined {
  const copy = el?.cloneNode(true) as Element | undefined
  copy?.querySelectorAll('.fig-pop').forEach((pop) => pop.remove())
  return copy?.textContent ?? undefined
}

const valueLabels = (figure: HTMLElement) =>
  [...figure.querySelectorAll('.lng-value-label')].map((t) => t.textContent ?? '')

describe('energy panel in Japanese', () => {
  beforeEach(async () => {
    await setTestLocale('ja')
  })

  it('titles, summarizes and labels the LNG chart in Japanese, with tonnes in 万トン', async () => {
    const user = userEvent.setup()
    render(<EnergyPanel dataset={dataset} />)
    const lng = screen.getByRole('figure', { name: LNG_TITLE })
    expect(
      within(lng).getByText('日本のLNG輸入に占めるシェア（%）。ロシアは赤色で示し、順位を併記。'),
    ).toBeInTheDocument()
    expect(
      within(lng).getByText(
        '2021年の日本のLNG輸入量7,432万トンのうち35.8%をオーストラリアが供給しました。ロシアは8.8%で5位でした。',
      ),
    ).toBeInTheDocument()
    expect(withoutPopovers(lng.querySelector('.lng-callout'))).toBe(
      'ロシア：日本のLNG輸入の8.8%を占め、供給国10か国中5位',
    )
    expect(within(lng).getByRole('group', { name: '表示単位' })).toBeInTheDocument()
    await waitFor(() => expect(valueLabels(lng)[4]).toBe('8.8%5位'))

    await user.click(within(lng).getByRole('radio', { name: '数量（万トン）' }))
    await waitFor(() => expect(valueLabels(lng)[0]).toBe('2,661万トン（推計）'))
    expect(valueLabels(lng)[4]).toBe('656万トン（公表値）5位')
    expect(within(lng).getByText(/^単位：万トン。推計値：各国のシェア×7,432万トン/)).toBeInTheDocument()
  })

  it('shows the share popover and the table twin in Japanese', async () => {
    const user = userEvent.setup()
    render(<EnergyPanel dataset={dataset} />)
    const lng = screen.getByRole('figure', { name: LNG_TITLE })
    const share = within(lng).getByRole('button', { name: '8.8%' })
    expect(share).toHaveAccessibleDescription(/^日本のLNG輸入に占めるロシアのシェア：8.8%/)
    expect(share).toHaveAccessibleDescription(/出典：Tokyo Metropolitan Government/)
    expect(share).toHaveAccessibleDescription(/他の報告値：9%（City A\.M\.、The Moscow Times/)

    await user.click(within(lng).getAllByRole('tab')[1]!)
    const table = within(lng).getByRole('table', { name: LNG_TITLE })
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent)
    expect(headers).toEqual([
      '順位',
      '供給国',
      'シェア',
      '数量（万トン）',
      '数量の根拠',
      'シェアの出典',
      '信頼度',
    ])
    const russia = within(table).getByRole('row', { name: /ロシア/ })
    expect(russia).toHaveTextContent('656')
    expect(russia).toHaveTextContent('公表値：LNG Journal（信頼度：中）／推計値：654万トン')
    expect(within(table).getByRole('row', { name: /全供給国/ })).toHaveTextContent('7,432')
  })

  it('describes Sakhalin-2 in Japanese, its figures in Japanese units', () => {
    render(<EnergyPanel dataset={dataset} />)
    const card = screen.getByRole('article', { name: 'サハリン2' })
    expect(within(card).getByRole('button', { name: '960万トン/年' })).toHaveAccessibleDescription(/信頼度/)
    expect(within(card).getByText('公称能力／他の報告値：1,000～1,150万トン/年')).toBeInTheDocument()
    const owners = within(card).getByRole('region', { name: '株主構成（2022年の前後）' })
    expect(within(owners).getAllByText(/^出典：/).length).toBeGreaterThan(0)
    const events = within(card).getByRole('region', {
      name: /^サハリン2とLNGをめぐる動き（2022年2月23日～12月5日）$/,
    })
    expect(within(events).getAllByText(/^2022年\d+月\d+日$/).length).toBeGreaterThan(0)
  })

  it('summarizes the oil and coal exit in Japanese, with Japanese dates and measure types', async () => {
    const user = userEvent.setup()
    render(<EnergyPanel dataset={dataset} />)
    const phaseOut = screen.getByRole('figure', { name: PHASE_OUT_TITLE })
    expect(
      within(phaseOut).getByText(
        /^日本の輸入に占めるロシアの割合（2021年）と、脱却に向けた動き（2022年2月23日～12月5日）。/,
      ),
    ).toBeInTheDocument()
    expect(
      within(phaseOut).getByText(/^2021年：.+：3.6%.*原油・石炭をめぐる全4件の動きを表示：2022年4月8日/),
    ).toBeInTheDocument()
    expect(within(phaseOut).getByText('原油')).toBeInTheDocument()
    expect(within(phaseOut).getByText('石炭')).toBeInTheDocument()
    expect(within(phaseOut).getByText('他の報告値：約4%')).toBeInTheDocument()
    expect(within(phaseOut).getAllByText('輸入禁止').length).toBeGreaterThan(0)

    await user.click(within(phaseOut).getAllByRole('tab')[1]!)
    const events = within(phaseOut).getByRole('table', { name: '原油・石炭をめぐる動き' })
    expect(within(events).getByRole('row', { name: /ロシア産石炭の輸入禁止/ })).toHaveTextContent(
      '2022年4月8日',
    )
    expect(
      within(phaseOut).getByRole('table', { name: '日本の輸入に占めるロシアの割合' }),
    ).toBeInTheDocument()
  })

  it('says "データなし" where the dataset lacks a figure', () => {
    const energy = { lngSuppliers: [], figures: [], sakhalin2Shareholders: [], dependencies: [], events: [] }
    render(<EnergyPanel dataset={{ ...dataset, energy }} />)
    expect(screen.getByText('このデータセットにはLNG供給国別のシェアがありません。')).toBeInTheDocument()
    expect(screen.getAllByText('データなし').length).toBeGreaterThan(5)
    expect(screen.getByText('株主：このデータセットにはありません。')).toBeInTheDocument()
  })
})

describe('energy exports in Japanese', () => {
  beforeEach(async () => {
    await setTestLocale('ja')
  })

  it('draws the oil and coal image with Japanese headings, lanes and dates', () => {
    const events = filterEnergyEvents(dataset.energy.events, dataset.measures, {
      types: null,
      from: null,
      to: null,
    })
      .filter((e) => e.subject === 'crude_oil' || e.subject === 'coal')
      .sort((a, b) => a.date.localeCompare(b.date))
    const { container } = render(
      <PhaseOutSvg dataset={dataset} events={events} from="2022-02-23" to="2022-12-05" width={700} />,
    )
    const svg = container.querySelector('svg[data-export-chart]')
    expect(svg).toHaveAttribute('aria-label', '原油・石炭：日本の輸入に占めるロシアの割合と脱却に向けた動き')
    const texts = [...(svg?.querySelectorAll('text') ?? [])].map((t) => t.textContent)
    // The heading wraps onto two lines in its narrow column.
    expect(texts.slice(0, 2).join('')).toBe('日本の輸入に占めるロシアの割合（2021年）')
    expect(texts).toEqual(expect.arrayContaining(['原油', '石炭', '3.6%', '2022年3月']))
    expect(svg?.querySelector('[data-marker="1"] tspan')?.textContent).toBe('4月8日')
  })

  it('names the LNG files in Japanese and writes the CSV with Japanese headers', async () => {
    const ja = getI18n('ja')
    const { figures, lngSuppliers } = dataset.energy
    const total = figureById(figures, 'lng-japan-imports-2021')?.figure ?? null
    const rows = toSupplierRows(lngSuppliers, total, (c) => publishedLngTonnes(figures, c, 2021))
    const target = { name: 'Russia', label: 'ロシア' }
    const spec = lngExportSpec({
      i18n: ja,
      dataset,
      rows,
      bars: toLngBars(ja, rows, 'tonnes', target),
      total,
      year: 2021,
      unit: 'tonnes',
      target,
      sourceIds: rows.flatMap((r) => r.share.sourceIds),
      labeler: makeSourceLabeler(dataset.sources, ja.fmt.list),
    })
    expect(exportFileName(spec, 'csv', 'ja')).toBe(
      'japan-lng-imports-by-supplier-tonnes-2021-01-01_2021-12-31-ja.csv',
    )
    expect(spec.filters).toMatch(
      /^数量（万トン、.+）／2021年／ロシア（強調表示）：656万トン（公表値）、供給国10か国中5位$/,
    )
    expect(spec.legend.map((l) => l.label)).toEqual([
      'ロシア',
      '他の供給国',
      '「その他」：順位のない残りの部分',
    ])
    expect(spec.notes?.[0]).toMatch(/^単位：万トン。/)
    expect(spec.source).toMatch(/^出典：/)
    const csv = Papa.parse<Record<string, string>>(await spec.csv(), { header: true, skipEmptyLines: true })
    expect(csv.meta.fields).toEqual([
      '順位',
      '供給国',
      '年',
      'シェア（%）',
      '数量（百万トン）',
      '数量の根拠',
      '信頼度',
      '数量の信頼度',
      '出典',
      '出典URL',
    ])
    expect(csv.data.find((r) => r['供給国'] === 'Russia')?.['数量（百万トン）']).toBe('6.56')
  })
})
