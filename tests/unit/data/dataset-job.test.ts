/** The worker's job and the page's opener, without a Worker: progress, batches, limits, refusals. */
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'

import { downloadDataset } from '@/data/load/download-dataset'
import { DatasetLoadError } from '@/data/load/fetch-dataset'
import { openDataset } from '@/data/load/open-dataset'
import { processJob, RECORDS_PER_MESSAGE } from '@/data/worker/process-dataset'
import type { JobHooks } from '@/data/load/load-in-worker'
import type { JobRequest, WorkerMessage } from '@/data/load/worker-protocol'

import { sayEn } from './i18n-harness'
import { hostileBase, hostileText, runJob, type JobOutcome } from './job-harness'

/** A job's fatal message in English, or '' when it did not end in one. */
const fatalText = (outcome: JobOutcome) =>
  !outcome.ok && outcome.message.type === 'fatal' ? sayEn(outcome.message.error.message) : ''

function bigDataset(goods: number): string {
  const doc = JSON.parse(hostileText('base.json')) as { goods: unknown[] }
  const row = doc.goods[0] as Record<string, unknown>
  doc.goods = Array.from({ length: goods }, (_, i) => ({ ...row, id: `g-${i}`, itemCount: null }))
  return JSON.stringify(doc)
}

describe('the dataset job', () => {
  it('reports progress through each phase and sends the records in batches', async () => {
    const outcome = await runJob([{ name: 'big.json', text: bigDataset(5000) }])
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    const phases = new Set(outcome.progress.map((m) => (m.type === 'progress' ? m.progress.phase : '')))
    expect([...phases]).toEqual(expect.arrayContaining(['reading', 'parsing', 'checking', 'sending']))
    expect(outcome.dataset.goods).toHaveLength(5000)
  })

  it('sends no more than two batches ahead of the page', async () => {
    const posted: WorkerMessage[] = []
    let release: () => void = () => {}
    const acks: Array<() => void> = []
    const job = processJob(
      {
        type: 'open',
        files: [{ name: 'big.json', blob: new Blob([bigDataset(RECORDS_PER_MESSAGE * 6)]) }],
        base: null,
        maxBytes: 1e9,
        maxProblems: 100,
      },
      {
        post: (m) => void posted.push(m),
        nextAck: () =>
          new Promise<void>((resolve) => {
            release = resolve
            acks.push(resolve)
          }),
      },
    )
    await vi.waitFor(() => expect(acks.length).toBe(1))
    expect(posted.filter((m) => m.type === 'records')).toHaveLength(2)
    while (!posted.some((m) => m.type === 'done')) {
      release()
      await new Promise((r) => setTimeout(r, 0))
    }
    await job
  })

  it('keeps the first problems and counts the rest, so a million bad records cannot fill memory', async () => {
    const doc = JSON.parse(hostileText('base.json')) as { measures: unknown[] }
    doc.measures = Array.from({ length: 3000 }, (_, i) => ({ id: `bad-${i}`, added: -1 }))
    const outcome = await runJob([{ name: 'bad.json', text: JSON.stringify(doc) }], null, 500)
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    expect(outcome.summary.problems).toHaveLength(500)
    expect(outcome.summary.rejected).toBe(3000 + 2)
    expect(outcome.summary.problems.length + outcome.summary.omittedProblems).toBeGreaterThan(3000 * 10)
  })

  it('refuses files over the size limit without reading them', async () => {
    const messages: WorkerMessage[] = []
    const blob = new Blob(['x'])
    const stream = vi.spyOn(blob, 'stream')
    await processJob(
      { type: 'open', files: [{ name: 'x.json', blob }], base: null, maxBytes: 0, maxProblems: 10 },
      { post: (m) => void messages.push(m), nextAck: () => Promise.resolve() },
    )
    expect(messages).toMatchObject([{ type: 'fatal', error: { kind: 'too-large' } }])
    expect(stream).not.toHaveBeenCalled()
  })

  it('refuses two JSON files, two tables of one kind, and a CSV table with nothing to merge into', async () => {
    const json = hostileText('base.json')
    const two = await runJob([
      { name: 'a.json', text: json },
      { name: 'b.json', text: json },
    ])
    expect(fatalText(two)).toContain('one JSON dataset')
    const goods = hostileText('goods-formula-cell.csv')
    const twice = await runJob(
      [
        { name: 'a.csv', text: goods },
        { name: 'b.csv', text: goods },
      ],
      hostileBase(),
    )
    expect(fatalText(twice)).toContain('Two of the files are tables of goods')
    const alone = await runJob([{ name: 'goods.csv', text: goods }], null)
    expect(fatalText(alone)).toContain('A CSV file holds one table')
  })

  it('recognises a CSV table by its header even without the .csv name', async () => {
    const outcome = await runJob(
      [{ name: 'download', text: hostileText('measures-negative.csv') }],
      hostileBase(),
    )
    expect(outcome.ok && outcome.summary.csvTables).toEqual(['measures'])
  })

  it('answers any text with a dataset or a fatal error, never a crash', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string(), fc.json(), fc.string({ unit: 'binary' })),
        fc.constantFrom('x.json', 'x.csv'),
        async (text, name) => {
          const outcome = await runJob([{ name, text }], hostileBase())
          if (!outcome.ok) expect(outcome.message.type).toBe('fatal')
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('opening on the page', () => {
  const never = () => Promise.reject(new Error('the job should not run'))

  it('refuses a file over the limit before reading a byte', async () => {
    const file = new File(['{}'], 'big.json')
    Object.defineProperty(file, 'size', { value: 300 * 1024 * 1024 })
    const opened = openDataset(
      { kind: 'files', files: [file] },
      { base: null, signal: new AbortController().signal, onProgress: () => {}, runJob: never },
    )
    await expect(opened).rejects.toMatchObject({
      kind: 'too-large',
      message: expect.stringContaining('300 MB'),
    })
  })

  it('refuses an address that is not http(s) before fetching', async () => {
    const fetchMock = vi.fn()
    vi.stubGlobal('fetch', fetchMock)
    const opened = openDataset(
      { kind: 'url', url: 'javascript:alert(1)' },
      {
        base: null,
        signal: new AbortController().signal,
        onProgress: () => {},
        runJob: never,
        pageUrl: 'https://x.example/',
      },
    )
    await expect(opened).rejects.toMatchObject({ kind: 'bad-url' })
    expect(fetchMock).not.toHaveBeenCalled()
    vi.unstubAllGlobals()
  })

  it('sends the dataset on screen only with a CSV table, and names what it was merged into', async () => {
    const base = { dataset: hostileBase(), source: { kind: 'bundled' } as const }
    const runJobMock = vi.fn(async (_request: Omit<JobRequest, 'type'>, _hooks: JobHooks) => ({
      kind: 'dataset' as const,
      dataset: base.dataset,
      problems: [],
      rejected: 0,
      omittedProblems: 0,
      checks: [],
      csvTables: ['goods'],
      mergedIntoBase: true,
    }))
    const ctx = { base, signal: new AbortController().signal, onProgress: () => {}, runJob: runJobMock }
    const csv = await openDataset({ kind: 'files', files: [new File(['id'], 'goods.csv')] }, ctx)
    expect(runJobMock.mock.calls[0]?.[0]).toMatchObject({ base: base.dataset })
    expect(csv.source).toEqual({
      kind: 'file',
      name: 'goods.csv',
      size: 2,
      mergedInto: { kind: 'bundled' },
    })
    await openDataset({ kind: 'files', files: [new File(['{}'], 'd.json')] }, ctx)
    expect(runJobMock.mock.calls[1]?.[0]).toMatchObject({ base: null })
  })
})

describe('downloading a dataset', () => {
  const serve = (body: BodyInit, headers: Record<string, string> = {}, status = 200) =>
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(body, { status, headers })),
    )
  const options = { signal: new AbortController().signal, maxBytes: 10, onProgress: () => {} }

  it('refuses a declared size over the limit, and stops a download that grows past it', async () => {
    serve('{}', { 'Content-Length': '5000' })
    await expect(downloadDataset('https://x.example/d.json', options)).rejects.toMatchObject({
      kind: 'too-large',
    })
    serve('x'.repeat(50))
    await expect(downloadDataset('https://x.example/d.json', options)).rejects.toMatchObject({
      kind: 'too-large',
      message: expect.stringContaining('the download was stopped'),
    })
    vi.unstubAllGlobals()
  })

  it('says what the server answered, or that it could not be reached', async () => {
    serve('nope', {}, 404)
    await expect(downloadDataset('https://x.example/d.json', options)).rejects.toMatchObject({
      kind: 'http',
      message: expect.stringContaining('the server answered 404'),
    })
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')))
    const failed = downloadDataset('https://x.example/d.json', options)
    await expect(failed).rejects.toBeInstanceOf(DatasetLoadError)
    await expect(failed).rejects.toMatchObject({ kind: 'network', message: expect.stringContaining('CORS') })
    vi.unstubAllGlobals()
  })

  it('hands over the body as a Blob with its type', async () => {
    serve('{"a":1}', { 'Content-Type': 'application/json; charset=utf-8' })
    const blob = await downloadDataset('https://x.example/d.json', { ...options, maxBytes: 100 })
    expect(blob.type).toBe('application/json')
    expect(await blob.text()).toBe('{"a":1}')
    vi.unstubAllGlobals()
  })
})
