/** Every failure is said inside the page's frame: the header (title, language, Open dataset…, Sources) stays. */
import { screen, waitFor, within } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'

import { App } from '@/app/app'
import { DatasetLoadError } from '@/data/load/fetch-dataset'
import { openDataset } from '@/data/load/open-dataset'
import { resetLoader } from '@/features/dataset-source/loader-store'
import { said } from '@/lib/i18n/said'

import { makeDataset } from '../../fixtures/make-dataset'
import { setTestLocale } from '../../locale'
import { renderWithProviders } from '../../render'

const boom = vi.hoisted(() => ({ on: false }))
// The filter bar stands for any part of the dashboard that fails to render, outside a panel's own boundary.
vi.mock(import('@/features/filters/filter-bar'), async (original) => {
  const real = await original()
  return {
    ...real,
    FilterBar: (props: Parameters<typeof real.FilterBar>[0]) => {
      if (boom.on) throw new Error('the filter bar broke')
      return real.FilterBar(props)
    },
  }
})

vi.mock(import('@/data/load/open-dataset'), async (original) => ({
  ...(await original()),
  openDataset: vi.fn(),
}))

function serve(body: string, status = 200) {
  const fetchMock = vi.fn(async () => new Response(body, { status }))
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

/** The header, as a reader finds it: its title, the language switch and both of its buttons. */
function header() {
  const banner = screen.getByRole('banner')
  return {
    banner,
    title: within(banner).getByRole('heading', { level: 1 }),
    language: within(banner).getByRole('combobox'),
    open: within(banner).getByRole('button', { name: /Open dataset…|データセットを開く…/ }),
    sources: within(banner).getByRole('button', { name: /^(Sources|出典)/ }),
  }
}

beforeEach(() => {
  boom.on = false
  vi.mocked(openDataset).mockReset()
  window.history.replaceState(null, '', '/')
  resetLoader()
})

describe('the page frame without a dataset', () => {
  it('shows the header while the dataset loads, with Sources disabled until there are sources', async () => {
    serve(JSON.stringify(makeDataset()))
    renderWithProviders(<App />)
    const h = header()
    expect(h.title).toHaveTextContent("Japan's sanctions on Russia")
    expect(h.language).toHaveDisplayValue('English')
    expect(h.open).toBeEnabled()
    expect(h.sources).toBeDisabled()
    expect(within(screen.getByRole('main')).getByRole('status')).toHaveTextContent(
      'Loading the sanctions dataset',
    )
    // Once the dataset is in, the same header names it and counts its sources.
    await screen.findByRole('heading', { level: 1, name: 'Test sanctions dataset' })
    expect(header().sources).toHaveAccessibleName('Sources (2)')
    expect(header().sources).toBeEnabled()
  })

  it('says a failed download under the header, where the panels would be, and Open dataset… still works', async () => {
    serve('missing', 404)
    const { user } = renderWithProviders(<App />)
    const alert = await screen.findByRole('alert')
    expect(screen.getByRole('main')).toContainElement(alert)
    expect(alert).toHaveTextContent('The dataset could not be downloaded.')
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeEnabled()
    const h = header()
    expect(h.title).toHaveTextContent("Japan's sanctions on Russia")
    expect(document.title).toBe("Japan's sanctions on Russia")
    await user.click(h.open)
    expect(screen.getByRole('dialog', { name: 'Open a dataset' })).toBeInTheDocument()
  })

  it('says it in Japanese to a Japanese reader, header and message alike', async () => {
    await setTestLocale('ja')
    serve('{"schemaVersion": 1,')
    renderWithProviders(<App />)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('JSON')
    expect(within(alert).getByRole('button', { name: '再試行' })).toBeEnabled()
    const h = header()
    expect(h.title).toHaveTextContent('日本の対ロシア制裁')
    expect(h.language).toHaveDisplayValue('日本語')
    expect(h.open).toHaveAccessibleName('データセットを開く…')
    expect(h.sources).toHaveAccessibleName('出典')
    expect(document.title).toBe('日本の対ロシア制裁')
  })

  it('keeps the header over a broken ?data= link, and switching language says the failure in Japanese', async () => {
    window.history.replaceState(null, '', '/?data=https%3A%2F%2Fdata.example%2Fgone.json')
    resetLoader()
    const fetchMock = serve(JSON.stringify(makeDataset()))
    vi.mocked(openDataset).mockRejectedValue(
      new DatasetLoadError(
        'http',
        said('dataset.error.http', { url: 'https://data.example/gone.json', status: '404' }),
      ),
    )
    const { user } = renderWithProviders(<App />)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The dataset could not be downloaded.')
    expect(within(alert).getByRole('button', { name: 'Open the bundled dataset instead' })).toBeEnabled()
    expect(fetchMock).not.toHaveBeenCalled()
    await user.selectOptions(header().language, 'ja')
    await waitFor(() => expect(header().title).toHaveTextContent('日本の対ロシア制裁'))
    const inJapanese = screen.getByRole('alert')
    expect(inJapanese).toHaveTextContent('データセットをダウンロードできませんでした。')
    expect(within(inJapanese).getByRole('button', { name: '代わりに同梱のデータセットを開く' })).toBeEnabled()
    await user.click(within(inJapanese).getByRole('button', { name: '代わりに同梱のデータセットを開く' }))
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Test sanctions dataset' }),
    ).toBeInTheDocument()
  })

  it('says a dashboard that fails to render inside the frame, and Try again brings it back', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    boom.on = true
    serve(JSON.stringify(makeDataset()))
    const { user } = renderWithProviders(<App />)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The dashboard could not be shown: the filter bar broke')
    expect(screen.getByRole('main')).toContainElement(alert)
    expect(header().title).toHaveTextContent("Japan's sanctions on Russia")
    // The bundled dataset is the one that failed: there is no other to fall back on.
    expect(within(alert).queryByRole('button', { name: 'Open the bundled dataset instead' })).toBeNull()
    boom.on = false
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Test sanctions dataset' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Sanctions over time' })).toBeInTheDocument()
  })
})
