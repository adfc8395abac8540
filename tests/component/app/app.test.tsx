import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

import { App } from '@/app/app'
import { useDashboardStore } from '@/state/store'

import { makeDataset, makeMeasure, makeSource } from '../../fixtures/make-dataset'
import { setTestLocale } from '../../locale'
import { renderWithProviders } from '../../render'

function serve(...bodies: Array<{ status?: number; body: unknown }>) {
  const fetchMock = vi.fn(async () => {
    const next = bodies.length > 1 ? bodies.shift() : bodies[0]
    if (next === undefined) throw new Error('no response prepared')
    const text = typeof next.body === 'string' ? next.body : JSON.stringify(next.body)
    return new Response(text, {
      status: next.status ?? 200,
      statusText: next.status === 404 ? 'Not Found' : '',
    })
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

describe('App shell', () => {
  it('says once, in Japanese, that an English-only dataset is shown in English', async () => {
    await setTestLocale('ja')
    serve({ body: makeDataset() })
    renderWithProviders(<App />)
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Test sanctions dataset' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('note')).toHaveTextContent(
      /^このデータセットの文章のうち\d+件には日本語版がないため/,
    )
  })

  it('has no such note when the texts are in the reader’s language', async () => {
    serve({ body: makeDataset() })
    renderWithProviders(<App />)
    await screen.findByRole('heading', { level: 1, name: 'Test sanctions dataset' })
    expect(screen.queryByRole('note')).toBeNull()
  })

  it('shows a progress state, then the title, as-of date and one region per panel', async () => {
    serve({ body: makeDataset() })
    renderWithProviders(<App />)
    expect(screen.getByRole('status')).toHaveTextContent('Loading the sanctions dataset')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Test sanctions dataset' }),
    ).toBeInTheDocument()
    expect(screen.getByText(/Data as of/)).toHaveTextContent(
      'Data as of 5 Dec 2022 · covers 23 Feb – 5 Dec 2022',
    )
    for (const name of ['Sanctions over time', 'Banned goods', 'Energy dependency']) {
      expect(screen.getByRole('region', { name })).toBeInTheDocument()
    }
    expect(screen.getByRole('contentinfo')).toHaveTextContent('Dataset version 1.0.0')
    expect(screen.getByRole('contentinfo')).toHaveTextContent('CC BY 4.0')
  })

  it('opens the Sources panel with every source and safe links', async () => {
    useDashboardStore.setState({ sourcesOpen: false })
    serve({ body: makeDataset() })
    const { user } = renderWithProviders(<App />)
    await user.click(await screen.findByRole('button', { name: 'Sources (2)' }))
    const dialog = await screen.findByRole('dialog', { name: 'Sources' })
    const rows = within(dialog).getAllByRole('row').slice(1)
    expect(rows).toHaveLength(2)
    const link = within(dialog).getByRole('link', { name: 'Japan freezes assets of 17 more Russians' })
    expect(link).toHaveAttribute('href', 'https://example.org/a')
    expect(link).toHaveAttribute('rel', 'noopener noreferrer')
    expect(rows[0]).toHaveTextContent('AP')
    expect(rows[0]).toHaveTextContent('15 Mar 2022')
    expect(rows[0]).toHaveTextContent('English')
    expect(rows[0]).toHaveTextContent('High confidence')
    await user.click(within(dialog).getByRole('button', { name: 'Close' }))
    expect(useDashboardStore.getState().sourcesOpen).toBe(false)
  })

  it('renders dataset text as text, never as markup', async () => {
    const title = '<img src=x onerror="alert(1)">Evil title'
    serve({ body: makeDataset({ meta: { ...(makeDataset().meta as object), title } }) })
    const { container } = renderWithProviders(<App />)
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument()
    expect(container.querySelector('img')).toBeNull()
  })

  it('says how many records were rejected, and why on request', async () => {
    const doc = makeDataset()
    serve({
      body: {
        ...doc,
        sources: [...(doc.sources as unknown[]), makeSource({ id: 'evil', url: 'javascript:alert(1)' })],
        measures: [...(doc.measures as unknown[]), makeMeasure({ id: 'neg', added: -1 })],
      },
    })
    const { user } = renderWithProviders(<App />)
    const summary = await screen.findByText(/2 records rejected by validation are not shown/)
    await user.click(summary)
    expect(screen.getByText(/sources\[2\] \(id "evil"\), field url: expected an absolute http/)).toBeVisible()
    expect(
      screen.getByText(/measures\[4\] \(id "neg"\), field added: expected a count of zero or more, got -1/),
    ).toBeVisible()
  })

  it('notes a reported total that its tranches do not add up to beside the timeline, naming the records', async () => {
    const doc = makeDataset()
    const measures = (doc.measures as Array<Record<string, unknown>>).map((m) =>
      m.id === 'm-3' ? { ...m, reportedTotal: 70 } : m,
    )
    serve({ body: { ...doc, measures } })
    const { user } = renderWithProviders(<App />)
    const timeline = await screen.findByRole('region', { name: 'Sanctions over time' })
    const summary = within(timeline).getByText(/Data notes \(1\)/)
    expect(summary.closest('summary')).toHaveTextContent('1 reported figure of 2 checked differs')
    // The page no longer opens on it: it is the timeline's note, not a banner above the dashboard.
    expect(screen.queryByText(/Consistency:/)).toBeNull()
    await user.click(summary)
    expect(
      within(timeline).getByText(
        /reports a total of 70 persons; its tranches add up to 61 \(m-1 \+ m-2 \+ m-3\)/,
      ),
    ).toBeVisible()
    expect(within(timeline).getByText('Records: m-3, m-1, m-2')).toBeVisible()
    expect(within(timeline).getByRole('button', { name: 'Download report' })).toBeVisible()
  })

  it('shows the headline figures of the dataset above the panels', async () => {
    serve({ body: makeDataset() })
    renderWithProviders(<App />)
    const strip = await screen.findByRole('region', { name: 'Headline figures' })
    expect(strip).toHaveTextContent('Running totals as of 5 Dec 2022, the dataset’s date')
    const figures = within(strip).getAllByRole('listitem')
    // m-1 + m-2 + m-3 (6 + 18 + 37) individuals; 2 goods items.
    expect(figures[0]).toHaveTextContent(
      /^61Individuals under asset freezelargest: \+37 → 61 on 15 Mar 2022as of 15 Mar 2022/,
    )
    expect(figures[1]).toHaveTextContent(
      /^2Goods items under export banlargest: \+2 → 2 on 10 May 2022as of 10 May 2022/,
    )
  })
})

describe('App load errors', () => {
  it.each([
    [
      { status: 404, body: 'missing' },
      'The dataset could not be downloaded.',
      /server answered 404 Not Found/,
    ],
    [
      { body: '{"schemaVersion": 1,' },
      'The dataset file is damaged: it is not valid JSON.',
      /not valid JSON/,
    ],
    [{ body: { schemaVersion: 99 } }, 'format version this dashboard does not read', /schemaVersion 99/],
    [{ body: [1, 2, 3] }, 'not in the dataset format', /holds a list of 3/],
  ])('explains the failure and offers Retry (%#)', async (response, headline, detail) => {
    serve(response)
    renderWithProviders(<App />)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(headline)
    expect(alert).toHaveTextContent(detail)
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeEnabled()
  })

  it('loads the dataset when Retry succeeds', async () => {
    const fetchMock = serve({ status: 500, body: 'oops' }, { body: makeDataset() })
    const { user } = renderWithProviders(<App />)
    await user.click(await screen.findByRole('button', { name: 'Retry' }))
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Test sanctions'))
    expect(fetchMock).toHaveBeenCalledTimes(2)
  })
})
