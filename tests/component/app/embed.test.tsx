/**
 * `?embed=<figure>`: the page shows that figure alone (no header, filters or other panels), with the
 * dataset's name and date and a link to the full view; an unknown name is said, and the whole page shown.
 */
import { screen, waitFor, within } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'

import { App } from '@/app/app'
import { loadViewFromLocation } from '@/state/use-url-sync'

import { makeDataset } from '../../fixtures/make-dataset'
import { renderWithProviders } from '../../render'

const dataset = makeDataset()

function openAt(search: string) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(dataset))),
  )
  window.history.replaceState(null, '', `/${search}`)
  loadViewFromLocation()
  return renderWithProviders(<App />)
}

beforeEach(() => document.documentElement.classList.remove('embedded'))

describe('an embedded figure', () => {
  it('shows the timeline alone, in the view of its address, with a link to the full view', async () => {
    openAt('?types=asset_freeze&embed=timeline')
    const figure = await screen.findByRole('figure', { name: /individuals under asset freeze/ })
    // The figure's parts mount a task at a time (components/staged.tsx): its sources line may come later.
    await waitFor(() => expect(figure).toHaveTextContent(/Sources?:/))
    expect(screen.getAllByRole('figure')).toHaveLength(1)
    expect(screen.queryByRole('banner')).not.toBeInTheDocument()
    expect(screen.queryByRole('group', { name: 'Measure types' })).not.toBeInTheDocument()
    const full = await screen.findByRole('link', { name: 'Open the full dashboard' })
    expect(full.getAttribute('href')).toBe(`${window.location.origin}/?types=asset_freeze`)
    expect(document.documentElement).toHaveClass('embedded')
  })

  it("shows Russia's retaliation alone, not Japan's tally", async () => {
    openAt('?embed=retaliation')
    await screen.findByRole('figure', { name: /banned from entering Russia/ })
    expect(screen.getAllByRole('figure')).toHaveLength(1)
  })

  it('shows the LNG chart alone from the energy panel', async () => {
    openAt('?embed=lng')
    const figure = await screen.findByRole('figure', { name: /LNG/ })
    expect(screen.getAllByRole('figure')).toEqual([figure])
  })

  it('says so for a figure it does not know, and shows the whole page', async () => {
    openAt('?embed=pie')
    expect(
      await screen.findByText('There is no figure called “pie” to embed; the whole dashboard is shown.'),
    ).toBeInTheDocument()
    expect(await screen.findByRole('banner')).toBeInTheDocument()
    expect(document.documentElement).not.toHaveClass('embedded')
  })
})

describe("the Embed item of a figure's Export menu", () => {
  it('gives the <iframe> snippet of the view with its height', async () => {
    const { user } = openAt('?types=asset_freeze')
    const figure = await screen.findByRole('figure', { name: /individuals under asset freeze/ })
    await user.click(within(figure).getByRole('button', { name: 'Export' }))
    await user.click(within(figure).getByRole('button', { name: 'Embed' }))
    const dialog = await screen.findByRole('dialog', { name: 'Embed this figure' })
    const snippet = (within(dialog).getByRole('textbox') as HTMLTextAreaElement).value
    expect(snippet).toMatch(
      /^<iframe src="http:\/\/[^"]+\/\?types=asset_freeze&amp;lang=en&amp;embed=timeline" /,
    )
    expect(snippet).toContain('height="720"')
    expect(dialog).toHaveTextContent(/720 ?px/)
  })
})
