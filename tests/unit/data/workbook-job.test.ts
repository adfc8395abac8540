/**
 * A Ministry of Finance workbook opened as the page opens it: through the worker's job (process-dataset.ts
 * → process-workbook.ts), on the real file and on hostile ones. Each bad workbook gets its own message, in
 * English and in Japanese, and nothing throws.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

import { describe, expect, it } from 'vitest'

import type { WorkbookSummary, WorkerMessage } from '@/data/load/worker-protocol'
import type { Designation } from '@/data/official/designation'
import { processJob } from '@/data/worker/process-dataset'

import {
  buildWorkbook,
  declareUncompressedSize,
  INDIVIDUAL_HEADER,
  russiaIndividuals,
  TITLES,
} from '../../fixtures/official-workbook'
import { japaneseFault, saidFault, sayEn, sayJa } from './i18n-harness'

const REAL = resolve(process.cwd(), '../shared/data/official/mof-asset-freeze-2026-03-05.xlsx')

type Outcome =
  | { ok: true; designations: Designation[]; summary: WorkbookSummary; messages: WorkerMessage[] }
  | { ok: false; en: string; ja: string; kind: string }

async function open(files: Array<{ name: string; bytes: Uint8Array | string }>): Promise<Outcome> {
  const messages: WorkerMessage[] = []
  await processJob(
    {
      type: 'open',
      files: files.map((f) => ({ name: f.name, blob: new Blob([f.bytes as BlobPart]) })),
      base: null,
      maxBytes: 200 * 1024 * 1024,
      maxProblems: 100,
    },
    { post: (m) => void messages.push(m), nextAck: () => Promise.resolve() },
  )
  const last = messages[messages.length - 1]
  if (last?.type === 'fatal') {
    expect(saidFault(last.error.message)).toBeNull()
    const ja = sayJa(last.error.message)
    expect(japaneseFault(ja)).toBeNull()
    return { ok: false, en: sayEn(last.error.message), ja, kind: last.error.kind }
  }
  if (last?.type !== 'workbook-done') throw new Error(`the job ended with ${last?.type ?? 'nothing'}`)
  const designations = messages.flatMap((m) => (m.type === 'designations' ? m.designations : []))
  return { ok: true, designations, summary: last.summary, messages }
}

const good = buildWorkbook([russiaIndividuals([['2022.3.1', 1, 'プーチン', 'Putin']])])

describe('opening a Ministry of Finance workbook in the worker', () => {
  it('reads the real workbook: every Russia-related sheet, the other programmes reported, dated by its name', async () => {
    const bytes = new Uint8Array(readFileSync(REAL))
    const outcome = await open([{ name: 'mof-asset-freeze-2026-03-05.xlsx', bytes }])
    if (!outcome.ok) throw new Error(outcome.en)
    const { designations, summary } = outcome
    // The same code the converter runs: the same designations as the bundled file's MOF lists.
    const bundled = JSON.parse(readFileSync('public/data/designations.json', 'utf8')) as {
      designations: Designation[]
    }
    const mof = bundled.designations.filter((d) => d.list.startsWith('mof-'))
    expect(designations).toHaveLength(mof.length)
    expect(designations.map((d) => `${d.list}:${d.entry}:${d.nameEn}`).sort()).toEqual(
      mof.map((d) => `${d.list}:${d.entry}:${d.nameEn}`).sort(),
    )
    expect(summary.asOf).toBe('2026-03-05')
    expect(summary.asOfFrom).toBe('name')
    expect(summary.sheets.map((s) => s.list)).toContain('mof-russia-individuals')
    expect(summary.skippedSheets.length).toBeGreaterThan(10)
    // Sent in batches, each small enough to take in quickly.
    const batches = outcome.messages.filter((m) => m.type === 'designations')
    expect(batches.length).toBeGreaterThan(1)
    for (const b of batches)
      if (b.type === 'designations') expect(b.designations.length).toBeLessThanOrEqual(500)
  })

  it('knows a workbook by its first bytes when the name does not say, and dates it by its latest date', async () => {
    const outcome = await open([{ name: 'download', bytes: good }])
    if (!outcome.ok) throw new Error(outcome.en)
    expect(outcome.designations.map((d) => d.nameEn)).toEqual(['Putin'])
    expect(outcome.summary).toMatchObject({ asOf: '2022-03-01', asOfFrom: 'latest-date' })
  })

  it('reads the older .xls format too', async () => {
    const xls = buildWorkbook([russiaIndividuals([['2022.3.1', 1, 'X', 'X']])], 'biff8')
    const outcome = await open([{ name: 'list.xls', bytes: xls }])
    expect(outcome.ok).toBe(true)
  })

  it('never evaluates a formula or follows a link: only the cached value is read', async () => {
    const bytes = buildWorkbook([
      russiaIndividuals([
        ['2022.3.1', 1, { formula: 'HYPERLINK("http://evil.example/","x")', cached: 'Cached Name' }, 'N'],
        ['2022.3.1', 2, { formula: "'http://evil.example/[book.xlsx]Sheet1'!A1", cached: 'Other' }, 'M'],
      ]),
    ])
    const outcome = await open([{ name: 'list.xlsx', bytes }])
    if (!outcome.ok) throw new Error(outcome.en)
    expect(outcome.designations.map((d) => d.nameJa)).toEqual(['Cached Name', 'Other'])
    expect(JSON.stringify(outcome.designations)).not.toContain('evil.example')
  })
})

describe('a bad workbook gets a clear, specific message (English and Japanese)', () => {
  const cases: Array<[string, Array<{ name: string; bytes: Uint8Array | string }>, RegExp, RegExp]> = [
    [
      'truncated',
      [{ name: 'cut.xlsx', bytes: good.slice(0, Math.floor(good.length / 2)) }],
      /cut\.xlsx could not be read as a workbook: the file is damaged or incomplete/,
      /cut\.xlsxをワークブックとして読み込めませんでした/,
    ],
    [
      'not a workbook',
      [{ name: 'notes.xlsx', bytes: 'just some text, not a spreadsheet' }],
      /notes\.xlsx is not an Excel workbook/,
      /notes\.xlsxはExcelワークブック/,
    ],
    [
      'zip bomb',
      [{ name: 'bomb.xlsx', bytes: declareUncompressedSize(good, 20_000_000) }],
      /would expand to \d[\d,]* times its size .*the limit is 200 times/,
      /サイズの\d[\d,]*倍/,
    ],
    [
      'zip bomb, declared gigabytes',
      [{ name: 'bomb.xlsx', bytes: declareUncompressedSize(good, 0xfffffff0) }],
      /would expand to \d+\.\d MB; the limit is 200\.0 MB/,
      /展開すると\d+\.\d MB/,
    ],
    [
      'no Russia-related sheet',
      [
        {
          name: 'dprk.xlsx',
          bytes: buildWorkbook([{ name: 'S', rows: [[TITLES.dprk], INDIVIDUAL_HEADER] }]),
        },
      ],
      /dprk\.xlsx has no sheet of the Russia-related asset-freeze lists/,
      /ロシア関連の資産凍結等の措置の対象者リストのシートがありません/,
    ],
    [
      'missing header',
      [
        {
          name: 'h.xlsx',
          bytes: buildWorkbook([
            { name: 'Sheet A', rows: [[TITLES.russiaIndividuals], ['日付', '番号'], ['2022.3.1', 1]] },
          ]),
        },
      ],
      /The sheet “Sheet A” has no header row with a 告示日付/,
      /シート「Sheet A」に「告示日付」の見出し行がない/,
    ],
    [
      'a workbook with another file',
      [
        { name: 'list.xlsx', bytes: good },
        { name: 'goods.csv', bytes: 'id\n1' },
      ],
      /Open a Ministry of Finance workbook on its own/,
      /財務省のワークブックは単独で開いてください/,
    ],
  ]
  it.each(cases)('%s', async (_name, files, en, ja) => {
    const outcome = await open(files)
    if (outcome.ok) throw new Error('opened')
    expect(outcome.kind).toBe('workbook')
    expect(outcome.en).toMatch(en)
    expect(outcome.ja).toMatch(ja)
  })

  it('200,000 rows and more', { timeout: 120_000 }, async () => {
    const rows = Array.from({ length: 200_001 }, (_, i) => ['2022.3.1', i + 1, 'X', 'X'])
    const outcome = await open([{ name: 'huge.xlsx', bytes: buildWorkbook([russiaIndividuals(rows)]) }])
    if (outcome.ok) throw new Error('opened')
    expect(outcome.en).toBe('The workbook has more than 200,000 rows; the dashboard reads at most 200,000.')
    expect(outcome.ja).toBe('ワークブックの行数が200,000行を超えています。読み込めるのは200,000行までです。')
  })
})
