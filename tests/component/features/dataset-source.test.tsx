import { fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import type { Problem } from '@/data/validate-dataset'
import { DropOverlay } from '@/features/dataset-source/drop-overlay'
import { LoadProgress } from '@/features/dataset-source/load-progress'
import { resetLoader, useJobProgress } from '@/features/dataset-source/loader-store'
import { OpenDatasetDialog } from '@/features/dataset-source/open-dataset-dialog'
import { ValidationReport } from '@/features/dataset-source/validation-report'
import { downloadBlob } from '@/lib/download'

vi.mock(import('@/lib/download'), async (original) => ({ ...(await original()), downloadBlob: vi.fn() }))

beforeEach(() => resetLoader())
afterEach(() => vi.mocked(downloadBlob).mockClear())

describe('Open dataset… dialog', () => {
  function renderDialog() {
    const props = { open: true, onClose: vi.fn(), onFiles: vi.fn(), onUrl: vi.fn() }
    render(<OpenDatasetDialog {...props} />)
    return {
      ...props,
      dialog: screen.getByRole('dialog', { name: 'Open a dataset' }),
      user: userEvent.setup(),
    }
  }

  it('opens the files chosen, and closes', async () => {
    const { dialog, user, onFiles, onClose } = renderDialog()
    const file = new File(['{}'], 'mine.json', { type: 'application/json' })
    await user.upload(within(dialog).getByLabelText('From your computer'), file)
    expect(onFiles).toHaveBeenCalledWith([file])
    expect(onClose).toHaveBeenCalled()
  })

  it('refuses an address that is not http(s), saying why, and opens one that is', async () => {
    const { dialog, user, onUrl } = renderDialog()
    const field = within(dialog).getByLabelText('From an address (https://…)')
    await user.type(field, 'javascript:alert(1)')
    await user.click(within(dialog).getByRole('button', { name: 'Open' }))
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      '"javascript:alert(1)" is not an http:// or https:// address (javascript: addresses are never opened).',
    )
    expect(field).toHaveAttribute('aria-invalid', 'true')
    expect(onUrl).not.toHaveBeenCalled()
    await user.clear(field)
    await user.type(field, 'https://data.example/next-package.json')
    await user.click(within(dialog).getByRole('button', { name: 'Open' }))
    expect(onUrl).toHaveBeenCalledWith('https://data.example/next-package.json')
  })
})

describe('the validation report', () => {
  const problems: Problem[] = Array.from({ length: 250 }, (_, i) => ({
    collection: 'goods',
    index: i,
    id: `g-${i}`,
    field: 'name',
    expected: 'a text',
    got: '<b>not bold</b>',
  }))
  const props = {
    title: 'My dataset',
    source: { kind: 'file', name: 'mine.json', size: 10 } as const,
    loadedAt: '2026-01-01T00:00:00.000Z',
    problems,
    rejected: 250,
    omittedProblems: 40,
    checks: [],
  }

  it('keeps the count in sight, lists the first 200 problems as text and says how many more', async () => {
    const user = userEvent.setup()
    const { container } = render(<ValidationReport {...props} />)
    const report = screen.getByRole('region', { name: 'Validation report' })
    await user.click(within(report).getByText(/250 records rejected by validation are not shown/))
    expect(within(report).getAllByRole('listitem')).toHaveLength(200)
    expect(within(report).getAllByRole('listitem')[0]).toHaveTextContent(
      'goods[0] (id "g-0"), field name: expected a text, got <b>not bold</b>',
    )
    expect(container.querySelector('b')).toBeNull()
    expect(report).toHaveTextContent(
      '…and 90 more problems: download the report for all (it keeps the first 250; 40 more were counted but not kept).',
    )
  })

  it('downloads the report as JSON, with every problem kept', async () => {
    const user = userEvent.setup()
    render(<ValidationReport {...props} />)
    await user.click(screen.getByRole('button', { name: 'Download report' }))
    const [blob, name] = vi.mocked(downloadBlob).mock.calls[0] ?? []
    expect(name).toBe('validation-report-my-dataset.json')
    const report = JSON.parse(await (blob as Blob).text()) as Record<string, unknown>
    expect(report).toMatchObject({ rejectedRecords: 250, problemsListed: 250, problemsNotListed: 40 })
    expect(report.problems).toHaveLength(250)
  })

  it('shows nothing for a dataset with no problem', () => {
    const { container } = render(
      <ValidationReport {...props} problems={[]} rejected={0} omittedProblems={0} />,
    )
    expect(container).toBeEmptyDOMElement()
  })
})

describe('progress and drop', () => {
  it('shows what the job is doing, how far it is, and Cancel', () => {
    useJobProgress.setState({ progress: { phase: 'validating', done: 250_000, total: 1_000_000 } })
    render(
      <LoadProgress
        job={{ id: 1, label: 'big.json', initial: false }}
        cancelNote="Cancel keeps the bundled dataset."
      />,
    )
    const region = screen.getByRole('region', { name: 'Opening big.json' })
    expect(within(region).getByRole('status')).toHaveTextContent('Opening big.json: checking records')
    expect(region).toHaveTextContent(
      'Checking records: 250,000 of 1,000,000 (25%). Cancel keeps the bundled dataset.',
    )
    expect(within(region).getByRole('progressbar')).toHaveAttribute('value', '0.25')
    expect(within(region).getByRole('button', { name: 'Cancel' })).toBeEnabled()
  })

  it('covers the page while files are dragged over it, and opens what is dropped', () => {
    const onFiles = vi.fn()
    render(<DropOverlay onFiles={onFiles} />)
    const file = new File(['{}'], 'dropped.json')
    const dataTransfer = { types: ['Files'], files: [file], dropEffect: 'none' }
    fireEvent.dragEnter(window, { dataTransfer })
    expect(screen.getByText('Drop a dataset (JSON or CSV)')).toBeInTheDocument()
    fireEvent.dragOver(window, { dataTransfer })
    fireEvent.drop(window, { dataTransfer })
    expect(onFiles).toHaveBeenCalledWith([file])
    expect(screen.queryByText('Drop a dataset (JSON or CSV)')).toBeNull()
  })

  it('ignores dragged text, which is not a file', () => {
    render(<DropOverlay onFiles={vi.fn()} />)
    fireEvent.dragEnter(window, { dataTransfer: { types: ['text/plain'], files: [] } })
    expect(screen.queryByText('Drop a dataset (JSON or CSV)')).toBeNull()
  })
})
