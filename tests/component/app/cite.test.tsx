/**
 * "Cite this view" and "Cite this figure": the dialog opens from the header and from a figure's export
 * menu, gives the view's permalink in three styles in the page's language, copies each, and downloads
 * BibTeX and CSL-JSON.
 */
import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { App } from '@/app/app'
import { downloadBlob } from '@/lib/download'
import { loadViewFromLocation } from '@/state/use-url-sync'

import { makeDataset } from '../../fixtures/make-dataset'
import { setTestLocale } from '../../locale'
import { renderWithProviders } from '../../render'

vi.mock(import('@/lib/download'), async (original) => ({ ...(await original()), downloadBlob: vi.fn() }))

const dataset = makeDataset({
  meta: {
    ...(makeDataset().meta as object),
    title: { en: 'Test sanctions & co', ja: 'テスト制裁データセット' },
  },
})

function today(): string {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

let writeText: ReturnType<typeof vi.fn>

/** A clipboard that records what it is given (after user-event's setup, which installs its own). */
function mockClipboard() {
  writeText = vi.fn(async () => undefined)
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } })
}

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(dataset))),
  )
  window.history.replaceState(null, '', '/?types=asset_freeze&from=2022-03-01')
  loadViewFromLocation()
})
afterEach(() => vi.mocked(downloadBlob).mockClear())

async function openCite(name: string) {
  const rendered = renderWithProviders(<App />)
  mockClipboard()
  // The page's frame (its heading) shows while the dataset loads; the Cite button comes with the dashboard.
  await rendered.user.click(await screen.findByRole('button', { name }))
  return rendered
}

const citationOf = (dialog: HTMLElement, style: string) =>
  within(dialog).getByRole('region', { name: style }).querySelector('.citation')?.textContent ?? ''

describe('Cite this view', () => {
  it('opens from the header with the view in APA, Chicago and SIST 02, and copies one', async () => {
    const { user } = await openCite('Cite')
    const dialog = await screen.findByRole('dialog', { name: 'Cite this view' })
    const link = `${window.location.origin}/?types=asset_freeze&from=2022-03-01&lang=en`
    const accessed = today()
    for (const style of ['APA 7', 'Chicago 17', 'SIST 02']) {
      expect(within(dialog).getByRole('heading', { level: 3, name: style })).toBeInTheDocument()
      expect(citationOf(dialog, style)).toContain(link)
    }
    expect(citationOf(dialog, 'APA 7')).toMatch(
      /^Test sanctions & co \(Version 1\.0\.0\) \[Data set\]\. \(2022, December 5\)\. Retrieved \w+ \d+, \d{4}, from /,
    )
    expect(within(dialog).getByRole('region', { name: 'APA 7' }).querySelector('i')).toHaveTextContent(
      'Test sanctions & co',
    )
    expect(citationOf(dialog, 'SIST 02')).toBe(
      `Test sanctions & co. Version 1.0.0, 2022-12-05. ${link}, (accessed ${accessed}).`,
    )
    expect(dialog).toHaveTextContent('dataset version (1.0.0, data as of 5 Dec 2022)')

    await user.click(within(dialog).getByRole('button', { name: 'Copy the Chicago 17 citation' }))
    expect(writeText).toHaveBeenCalledWith(citationOf(dialog, 'Chicago 17'))
    // The clipboard answers in its own time: the status follows its promise.
    await waitFor(() =>
      expect(within(dialog).getByRole('status')).toHaveTextContent('Chicago 17 citation copied.'),
    )

    await user.click(within(dialog).getByRole('button', { name: 'Close' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
  })

  it('says so when the clipboard is refused', async () => {
    const { user } = await openCite('Cite')
    writeText.mockRejectedValue(new Error('denied'))
    const dialog = await screen.findByRole('dialog', { name: 'Cite this view' })
    await user.click(within(dialog).getByRole('button', { name: 'Copy the APA 7 citation' }))
    // The clipboard answers in its own time: the status follows its promise.
    await waitFor(() =>
      expect(within(dialog).getByRole('status')).toHaveTextContent('This browser refused the clipboard'),
    )
  })

  it('downloads the citation as BibTeX and CSL-JSON', async () => {
    const { user } = await openCite('Cite')
    const dialog = await screen.findByRole('dialog', { name: 'Cite this view' })
    const link = `${window.location.origin}/?types=asset_freeze&from=2022-03-01&lang=en`

    await user.click(within(dialog).getByRole('button', { name: 'Download BibTeX (.bib)' }))
    const [bib, bibName] = vi.mocked(downloadBlob).mock.calls[0] ?? []
    expect(bibName).toBe('test-sanctions-co-2022.bib')
    const entry = await (bib as Blob).text()
    expect(entry).toMatch(/^@misc\{test-sanctions-co-2022,\n/)
    expect(entry).toContain('title    = {{Test sanctions \\& co}},')
    expect(entry).toContain(`url      = {${link}},`)
    expect(entry).toContain(`urldate  = {${today()}},`)
    expect(entry).toContain('version  = {1.0.0},')
    expect(within(dialog).getByRole('status')).toHaveTextContent('Saved test-sanctions-co-2022.bib')

    await user.click(within(dialog).getByRole('button', { name: 'Download CSL-JSON (.json)' }))
    const [json, jsonName] = vi.mocked(downloadBlob).mock.calls[1] ?? []
    expect(jsonName).toBe('test-sanctions-co-2022.json')
    const [item] = JSON.parse(await (json as Blob).text()) as Array<Record<string, unknown>>
    expect(item).toMatchObject({
      type: 'dataset',
      title: 'Test sanctions & co',
      version: '1.0.0',
      URL: link,
      language: 'en',
      issued: { 'date-parts': [[2022, 12, 5]] },
    })
  })

  it('follows the page into Japanese: Japanese texts and title, SIST 02 with 参照', async () => {
    await setTestLocale('ja')
    const { user } = await openCite('引用')
    const dialog = await screen.findByRole('dialog', { name: 'この表示を引用' })
    const link = `${window.location.origin}/?types=asset_freeze&from=2022-03-01&lang=ja`
    expect(citationOf(dialog, 'SIST 02')).toBe(
      `テスト制裁データセット. 1.0.0版, 2022-12-05. ${link}, (参照 ${today()}).`,
    )
    // APA keeps its rules: the Japanese title in italics, its English title in brackets.
    expect(citationOf(dialog, 'APA 7')).toMatch(
      /^テスト制裁データセット \[Test sanctions & co\] \(Version 1\.0\.0\) \[Data set\]\./,
    )
    await user.click(within(dialog).getByRole('button', { name: 'SIST 02形式の引用をコピー' }))
    // The clipboard answers in its own time: the status follows its promise.
    await waitFor(() =>
      expect(within(dialog).getByRole('status')).toHaveTextContent('SIST 02形式の引用をコピーしました。'),
    )
    await user.click(within(dialog).getByRole('button', { name: 'BibTeXをダウンロード（.bib）' }))
    const [bib, name] = vi.mocked(downloadBlob).mock.calls[0] ?? []
    expect(name).toBe('test-sanctions-co-2022-ja.bib')
    expect(await (bib as Blob).text()).toContain('language = {japanese},')
  })
})

describe('Cite this figure', () => {
  it('opens from a figure’s export menu, links to the figure, and gives focus back to Export', async () => {
    const { user } = renderWithProviders(<App />)
    const figure = await screen.findByRole('figure', { name: /individuals under asset freeze/ })
    const exportButton = within(figure).getByRole('button', { name: 'Export' })
    await user.click(exportButton)
    await user.click(within(figure).getByRole('button', { name: 'Cite this figure' }))
    const dialog = await screen.findByRole('dialog', { name: 'Cite this figure' })
    const title = figure.querySelector('.chart-title')?.textContent ?? ''
    expect(dialog).toHaveTextContent(`Figure: ${title}`)
    expect(figure).toHaveAttribute('id', 'japan-russia-sanctioned-individuals')
    const link = `${window.location.origin}/?types=asset_freeze&from=2022-03-01&lang=en#japan-russia-sanctioned-individuals`
    expect(citationOf(dialog, 'APA 7')).toMatch(
      new RegExp(
        `^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\. \\(2022, December 5\\)\\. In Test sanctions`,
      ),
    )
    expect(citationOf(dialog, 'SIST 02')).toContain(`"${title}". Test sanctions & co.`)
    expect(citationOf(dialog, 'Chicago 17')).toContain(link)
    await user.click(within(dialog).getByRole('button', { name: 'Close' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(exportButton).toHaveFocus()
  })
})
