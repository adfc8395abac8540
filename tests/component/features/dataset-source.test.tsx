import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { DataNotes } from '@/app/notices/data-notes'
import { localizeDataset } from '@/data/localize'
import { LoadError } from '@/app/load-states'
import { DatasetLoadError } from '@/data/load/load-error'
import { validateDataset, type Problem } from '@/data/validate/validate-dataset'
import { DropOverlay } from '@/features/dataset-source/drop-overlay'
import { LoadProgress } from '@/features/dataset-source/load-progress'
import { resetLoader, useJobProgress } from '@/features/dataset-source/loader-store'
import { OpenDatasetDialog } from '@/features/dataset-source/open-dataset-dialog'
import { ValidationReport } from '@/features/dataset-source/validation-report'
import { downloadBlob } from '@/lib/download'
import { said } from '@/lib/i18n/said'

import { makeDataset } from '../../fixtures/make-dataset'
import { setTestLocale } from '../../locale'

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
    field: said('problem.field.path', { path: 'name' }),
    expected: said('problem.expected.string'),
    got: said('problem.got.value', { value: '<b>not bold</b>' }),
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
    // The code that writes the report loads on the first click.
    await waitFor(() => expect(downloadBlob).toHaveBeenCalled())
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
    render(<LoadProgress job={{ id: 1, label: 'big.json', initial: false }} kept="the bundled dataset" />)
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
    expect(
      screen.getByText('Drop a dataset (JSON or CSV) or the Ministry of Finance workbook (.xlsx, .xls)'),
    ).toBeInTheDocument()
    fireEvent.dragOver(window, { dataTransfer })
    fireEvent.drop(window, { dataTransfer })
    expect(onFiles).toHaveBeenCalledWith([file])
    expect(
      screen.queryByText('Drop a dataset (JSON or CSV) or the Ministry of Finance workbook (.xlsx, .xls)'),
    ).toBeNull()
  })

  it('ignores dragged text, which is not a file', () => {
    render(<DropOverlay onFiles={vi.fn()} />)
    fireEvent.dragEnter(window, { dataTransfer: { types: ['text/plain'], files: [] } })
    expect(
      screen.queryByText('Drop a dataset (JSON or CSV) or the Ministry of Finance workbook (.xlsx, .xls)'),
    ).toBeNull()
  })
})

describe('in Japanese', () => {
  const problems: Problem[] = [
    {
      collection: 'measures',
      index: 1,
      id: 'm-2',
      field: said('problem.field.path', { path: 'added' }),
      expected: said('problem.expected.count'),
      got: said('problem.got.value', { value: '-18' }),
    },
    {
      collection: 'goods',
      index: 0,
      id: 'g-1',
      field: said('problem.field.path', { path: 'measureId' }),
      expected: said('problem.expected.knownMeasureId'),
      got: said('problem.got.unknownMeasureId', { id: '"m-404"' }),
    },
  ]
  const props = {
    title: 'My dataset',
    source: { kind: 'file', name: 'mine.json', size: 10 } as const,
    loadedAt: '2026-01-01T00:00:00.000Z',
    problems,
    rejected: 2,
    omittedProblems: 0,
    checks: [],
  }

  it('labels the Open dataset dialog, and says why an address is refused', async () => {
    await setTestLocale('ja')
    const onUrl = vi.fn()
    render(<OpenDatasetDialog open onClose={vi.fn()} onFiles={vi.fn()} onUrl={onUrl} />)
    const user = userEvent.setup()
    const dialog = screen.getByRole('dialog', { name: 'データセットを開く' })
    expect(within(dialog).getByLabelText('ファイルを選択')).toHaveAttribute('type', 'file')
    expect(within(dialog).getByRole('button', { name: '閉じる' })).toBeInTheDocument()
    expect(dialog).toHaveTextContent('最大200 MB。')
    await user.type(within(dialog).getByLabelText('アドレスから開く（https://…）'), 'javascript:alert(1)')
    await user.click(within(dialog).getByRole('button', { name: '開く' }))
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      '"javascript:alert(1)" は http:// または https:// のアドレスではありません（javascript: のアドレスは開きません）。',
    )
    expect(onUrl).not.toHaveBeenCalled()
  })

  it('lists each problem of the validation report in Japanese: record, field, expected and found', async () => {
    await setTestLocale('ja')
    const user = userEvent.setup()
    render(<ValidationReport {...props} />)
    const report = screen.getByRole('region', { name: '検証レポート' })
    await user.click(within(report).getByText(/検証で除外されたレコード2件は表示されていません。/))
    expect(
      within(report)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'measures[1]（id "m-2"）、フィールド added：期待される値は0以上の件数、実際の値は-18',
      'goods[0]（id "g-1"）、フィールド measureId：期待される値は"measures" に記載された措置のID、実際の値は不明な措置ID "m-404"',
    ])
  })

  it('downloads the report with its sentences in Japanese', async () => {
    await setTestLocale('ja')
    const user = userEvent.setup()
    render(<ValidationReport {...props} />)
    await user.click(screen.getByRole('button', { name: 'レポートをダウンロード' }))
    await waitFor(() => expect(downloadBlob).toHaveBeenCalled())
    const [blob] = vi.mocked(downloadBlob).mock.calls[0] ?? []
    const report = JSON.parse(await (blob as Blob).text()) as {
      language: string
      problems: Array<{ message: string; expected: unknown }>
    }
    expect(report.language).toBe('ja')
    expect(report.problems[0]).toEqual(
      expect.objectContaining({
        expected: { key: 'problem.expected.count', params: {} },
        message: 'measures[1]（id "m-2"）、フィールド added：期待される値は0以上の件数、実際の値は-18',
      }),
    )
  })

  it('says what the job is doing, and Cancel', async () => {
    await setTestLocale('ja')
    useJobProgress.setState({ progress: { phase: 'validating', done: 250_000, total: 1_000_000 } })
    render(<LoadProgress job={{ id: 1, label: 'big.json', initial: true }} />)
    const region = screen.getByRole('region', { name: 'big.json を開いています' })
    expect(within(region).getByRole('status')).toHaveTextContent('big.json を開いています：検証中')
    expect(region).toHaveTextContent(
      'レコードを検証中：250,000 / 1,000,000件（25%）。キャンセルすると、代わりに同梱のデータセットを開きます。',
    )
    expect(within(region).getByRole('button', { name: 'キャンセル' })).toBeEnabled()
  })

  it('says why the dataset could not be loaded, with its problems', async () => {
    await setTestLocale('ja')
    const error = new DatasetLoadError('meta', said('dataset.fatal.meta'), [
      {
        collection: 'document',
        index: null,
        id: null,
        field: said('problem.field.path', { path: 'meta.asOf' }),
        expected: said('problem.expected.dateFormat'),
        got: said('problem.got.value', { value: '"yesterday"' }),
      },
    ])
    render(<LoadError error={error} retrying={false} onRetry={vi.fn()} onUseBundled={vi.fn()} />)
    const alert = screen.getByRole('alert')
    expect(within(alert).getByRole('heading')).toHaveTextContent(
      'データセットの説明ブロックが正しくありません。',
    )
    expect(alert).toHaveTextContent(
      'データセットの「meta」ブロック（タイトル、国、基準日、バージョン、ライセンス）が正しくありません。',
    )
    // The list of problems loads with its words (opening-parts.tsx).
    expect(await within(alert).findByRole('listitem')).toHaveTextContent(
      'データセット全体、フィールド meta.asOf：期待される値はYYYY-MM-DD形式の日付、実際の値は"yesterday"',
    )
    expect(within(alert).getByRole('button', { name: '再試行' })).toBeEnabled()
    expect(within(alert).getByRole('button', { name: '代わりに同梱のデータセットを開く' })).toBeEnabled()
  })

  it('says which reported totals differ from the sum of the records, with the records and sources involved', async () => {
    await setTestLocale('ja')
    const dataset = validateDataset(makeDataset())
    if (!dataset.ok) throw new Error('the test dataset does not validate')
    const check = {
      kind: 'total' as const,
      measureId: 'm-3',
      date: '2022-03-15',
      unit: 'persons',
      reported: 903,
      qualifier: 'about' as const,
      derived: 721,
      recordIds: ['m-1', 'm-2', 'm-3'],
      unknownSizeIds: ['m-0'],
      ok: false,
    }
    const matching = { ...check, measureId: 'm-2', ok: true }
    const report = {
      title: 'Test sanctions dataset',
      source: { kind: 'bundled' } as const,
      problems: [],
      rejected: 0,
      omittedProblems: 0,
      checks: [check, matching],
      loadedAt: '2026-01-01T00:00:00.000Z',
    }
    const user = userEvent.setup()
    render(
      <DataNotes
        dataset={localizeDataset(dataset.dataset, 'ja')}
        checks={[check, matching]}
        report={report}
      />,
    )
    // The count is always in sight; the findings are a click away.
    const summary = screen.getByText(/データに関する注記（1件）/)
    expect(summary).toBeVisible()
    expect(summary.closest('summary')).toHaveTextContent(/確認した報告値2件のうち1件が/)
    expect(screen.getByRole('button', { name: 'レポートをダウンロード' })).toBeVisible()
    await user.click(summary)
    const finding = screen.getByRole('listitem')
    expect(finding).toHaveTextContent(
      '措置「m-3」（2022年3月15日）は合計を約903人と報告していますが、各回の追加分の合計は721です（m-1 + m-2 + m-3）。規模が報告されていない以前のレコード1件：m-0。',
    )
    expect(finding).toHaveTextContent('関係するレコード：m-3, m-1, m-2, m-0')
    expect(
      within(finding).getByRole('link', { name: 'Japan freezes assets of 17 more Russians' }),
    ).toHaveAttribute('href', 'https://example.org/a')
  })

  it('says in one line when every reported total matches', () => {
    const dataset = validateDataset(makeDataset())
    if (!dataset.ok) throw new Error('the test dataset does not validate')
    const ok = {
      kind: 'country-split' as const,
      measureId: 'm-3',
      counted: 3,
      split: 3,
      countries: ['RU 3'],
      ok: true,
    }
    const report = {
      title: 't',
      source: { kind: 'bundled' } as const,
      problems: [],
      rejected: 0,
      omittedProblems: 0,
      checks: [ok],
      loadedAt: 'now',
    }
    const { container } = render(
      <DataNotes dataset={localizeDataset(dataset.dataset, 'en')} checks={[ok]} report={report} />,
    )
    expect(container).toHaveTextContent(
      'Data notes (0) The 1 reported figure checked matches the sum of the dataset’s records.',
    )
    expect(screen.queryByRole('listitem')).toBeNull()
  })

  it('says what a drop does', async () => {
    await setTestLocale('ja')
    render(<DropOverlay onFiles={vi.fn()} />)
    fireEvent.dragEnter(window, { dataTransfer: { types: ['Files'], files: [] } })
    expect(
      screen.getByText(
        'ここにデータセット（JSON または CSV）か財務省のワークブック（.xlsx・.xls）をドロップ',
      ),
    ).toBeInTheDocument()
  })
})
