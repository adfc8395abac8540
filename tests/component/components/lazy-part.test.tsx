import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'

import { failedChunkUrl, lazyPart } from '@/components/lazy-part'
import { PanelBoundary } from '@/components/panel-boundary'

function Hello({ name }: { name: string; onClose?: () => void }) {
  return <p>Hello {name}</p>
}

/**
 * A loader that fails while `offline.value` is true, as a chunk fetch does without a network. Its message
 * names no address (as Safari's), so a second attempt calls the loader again; with an address (Chromium),
 * the chunk is asked for at a new one (the browser test in cite.test.mjs).
 */
function flakyLoader(offline: { value: boolean }) {
  return vi.fn(() =>
    offline.value
      ? Promise.reject(new TypeError('Importing a module script failed.'))
      : Promise.resolve({ Hello }),
  )
}

describe('lazyPart', () => {
  it('shows its fallback while the code loads, then the part', async () => {
    const { Part } = lazyPart(() => Promise.resolve({ Hello }), 'Hello', {
      name: 'hello',
      fallback: <p>Loading…</p>,
    })
    render(<Part name="reader" />)
    expect(screen.getByText('Loading…')).toBeInTheDocument()
    expect(await screen.findByText('Hello reader')).toBeInTheDocument()
  })

  it('renders a prefetched part at once, with no fallback frame', async () => {
    const part = lazyPart(() => Promise.resolve({ Hello }), 'Hello', {
      name: 'hello',
      fallback: <p>Loading…</p>,
    })
    await part.prefetch()
    render(<part.Part name="reader" />)
    expect(screen.getByText('Hello reader')).toBeInTheDocument()
    expect(screen.queryByText('Loading…')).toBeNull()
  })

  it('says in its place that it could not be loaded, keeps the rest, and fetches anew on Try again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const offline = { value: true }
    const load = flakyLoader(offline)
    const { Part } = lazyPart(load, 'Hello', { name: 'hello', fallback: null })
    render(
      <main>
        <h1>The page</h1>
        <Part name="reader" />
      </main>,
    )
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(
      'This part of the page could not be loaded (Importing a module script failed). Check the connection, then try again.',
    )
    expect(screen.getByRole('heading', { name: 'The page' })).toBeInTheDocument()

    offline.value = false
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await screen.findByText('Hello reader')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).toBeNull()
    expect(load).toHaveBeenCalledTimes(2)
  })

  it('says a dialog could not be opened in a dialog of its own, which Close closes', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const onClose = vi.fn()
    const offline = { value: true }
    const { Part } = lazyPart(flakyLoader(offline), 'Hello', {
      name: 'cite',
      fallback: null,
      failure: 'dialog',
    })
    const { unmount } = render(<Part name="reader" onClose={onClose} />)
    const dialog = await screen.findByRole('dialog')
    expect(within(dialog).getByRole('alert')).toHaveTextContent('This part of the page could not be loaded')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }))
    expect(onClose).toHaveBeenCalledTimes(1)
    unmount()

    // Opened again once back online: fetched anew, not the failure kept from before.
    offline.value = false
    render(<Part name="reader" onClose={onClose} />)
    expect(await screen.findByText('Hello reader')).toBeInTheDocument()
  })

  it('leaves an error of the loaded part itself to the boundary around it', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    function Broken(): never {
      throw new Error('no figures')
    }
    const { Part } = lazyPart(() => Promise.resolve({ Broken }), 'Broken', { name: 'goods', fallback: null })
    render(
      <PanelBoundary name="Banned goods">
        <Part />
      </PanelBoundary>,
    )
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The Banned goods panel could not be shown: no figures',
    )
  })

  it('reads the address of the chunk a failed import names, where the browser says it', () => {
    expect(
      failedChunkUrl(
        new TypeError(
          'Failed to fetch dynamically imported module: http://127.0.0.1:4173/assets/cite-dialog-Bx1.js',
        ),
      ),
    ).toBe('http://127.0.0.1:4173/assets/cite-dialog-Bx1.js')
    expect(
      failedChunkUrl(
        new TypeError('error loading dynamically imported module: https://example.org/a/x-1.mjs'),
      ),
    ).toBe('https://example.org/a/x-1.mjs')
    expect(failedChunkUrl(new TypeError('Importing a module script failed.'))).toBeNull()
  })
})
