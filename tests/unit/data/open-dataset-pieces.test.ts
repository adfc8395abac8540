/** The pure pieces of opening a dataset: the `data` parameter, limits, CSV rows, the report. */
import { describe, expect, it } from 'vitest'

import { csvToRecords, detectTable } from '@/data/worker/csv-tables'
import { goodsItemSchema } from '@/data/validate/schema'
import { checkDatasetUrl, fileNameOfUrl, readDataParam, withDataParam } from '@/data/load/data-param'
import { formatBytes, sizeRefusal } from '@/data/load/dataset-limits'
import { describeSource } from '@/data/load/dataset-source'
import { countOpeners } from '@/data/worker/process-dataset'
import { buildReport, type ReportInput } from '@/data/validate/validation-report'
import { said } from '@/lib/i18n/said'
import { csvWithoutDataset } from '@/data/worker/csv-tables'
import { filesTooLarge } from '@/data/load/dataset-limits'
import {
  corsError,
  DatasetLoadError,
  describeLoadError,
  downloadTooLarge,
  fatalLoadError,
  httpError,
  networkError,
  workerFailed,
  workerStopped,
} from '@/data/load/load-error'

import { makeGoodsItem } from '../../fixtures/make-dataset'
import { EN, JA, japaneseFault, saidFault, sayEn, sayJa } from './i18n-harness'

const PAGE = 'https://dash.example/app/?types=export_ban'

describe('the data parameter', () => {
  it.each([
    ['https://data.example/sanctions.json', true],
    ['data/other.json', true],
    ['http://other.example/x.json', false],
    ['http://dash.example/x.json', false],
    ['javascript:alert(1)', false],
    ['data:application/json,{}', false],
    ['file:///etc/passwd', false],
    ['blob:https://dash.example/1234', false],
    ['https://user:secret@data.example/x.json', false],
    ['', false],
  ])('%s is accepted: %s', (raw, ok) => {
    expect(checkDatasetUrl(raw, PAGE).ok).toBe(ok)
  })

  it('accepts plain http:// on the page’s own site only, and refuses very long addresses', () => {
    expect(checkDatasetUrl('http://127.0.0.1:8080/x.json', 'http://127.0.0.1:8080/').ok).toBe(true)
    expect(checkDatasetUrl('http://127.0.0.1:9090/x.json', 'http://127.0.0.1:8080/').ok).toBe(false)
    expect(checkDatasetUrl(`https://x.example/${'a'.repeat(2100)}`, PAGE).ok).toBe(false)
  })

  it('says why an address is refused, and resolves a relative one against the page', () => {
    const js = checkDatasetUrl('javascript:alert(1)', PAGE)
    if (js.ok) throw new Error('a javascript: address was accepted')
    expect(sayEn(js.reason)).toBe(
      '"javascript:alert(1)" is not an http:// or https:// address (javascript: addresses are never opened).',
    )
    expect(sayJa(js.reason)).toBe(
      '"javascript:alert(1)" は http:// または https:// のアドレスではありません（javascript: のアドレスは開きません）。',
    )
    expect(checkDatasetUrl('data/other.json', PAGE)).toEqual({
      ok: true,
      url: 'https://dash.example/app/data/other.json',
    })
  })

  it.each([
    ['', 'Enter the address of a dataset (https://…).'],
    [
      `https://x.example/${'a'.repeat(2100)}`,
      'The address is 2,118 characters long; at most 2,000 are accepted.',
    ],
    ['http://[::1', '"http://[::1" is not a web address.'],
    [
      'file:///etc/passwd',
      '"file:///etc/passwd" is not an http:// or https:// address (file: addresses are never opened).',
    ],
    [
      'https://user:secret@data.example/x.json',
      'Addresses with a user name or password in them are not opened.',
    ],
    [
      'http://other.example/x.json',
      '"http://other.example/x.json" is on another site over plain http://; datasets from other sites must use https://.',
    ],
  ])('refuses %s, saying why in English and in Japanese', (raw, english) => {
    const checked = checkDatasetUrl(raw, PAGE)
    if (checked.ok) throw new Error('the address was accepted')
    expect(sayEn(checked.reason)).toBe(english)
    expect(saidFault(checked.reason) ?? japaneseFault(sayJa(checked.reason))).toBeNull()
  })

  it('reads ?data= and writes it back, keeping the other parameters and the hash', () => {
    expect(readDataParam('?types=a', PAGE)).toEqual({ kind: 'none' })
    expect(readDataParam('?data=https%3A%2F%2Fx.example%2Fd.json', PAGE)).toEqual({
      kind: 'url',
      url: 'https://x.example/d.json',
    })
    const bad = readDataParam('?data=javascript:alert(1)', PAGE)
    expect(bad.kind).toBe('invalid')
    const location = { pathname: '/app/', search: '?types=a,b&data=old', hash: '#goods' }
    expect(withDataParam(location, 'https://x.example/d.json')).toBe(
      '/app/?types=a,b&data=https%3A%2F%2Fx.example%2Fd.json#goods',
    )
    expect(withDataParam(location, null)).toBe('/app/?types=a,b#goods')
    expect(fileNameOfUrl('https://x.example/a/measures.csv?x=1')).toBe('measures.csv')
  })
})

describe('load errors', () => {
  it.each([
    [
      networkError('https://x.example/d.json', 'Failed to fetch'),
      'network',
      'Could not reach https://x.example/d.json: Failed to fetch.',
    ],
    [
      corsError('https://x.example/d.json'),
      'network',
      'Could not reach https://x.example/d.json: the site did not answer, or does not let other sites read the file (CORS).',
    ],
    [
      httpError('https://x.example/d.json', 404, 'Not Found'),
      'http',
      'Could not load https://x.example/d.json: the server answered 404 Not Found.',
    ],
    [
      downloadTooLarge('https://x.example/d.json', 10 * 1024 * 1024),
      'too-large',
      'https://x.example/d.json is over 10 MB, the limit; the download was stopped.',
    ],
    [
      workerStopped(),
      'worker',
      'The browser stopped reading the file (it may have run out of memory). Try a smaller file, or close other tabs.',
    ],
    [workerFailed('x is undefined'), 'worker', 'The file could not be processed: x is undefined.'],
    [
      fatalLoadError(filesTooLarge(300 * 1024 * 1024, 200 * 1024 * 1024)),
      'too-large',
      'The files are 300 MB; the limit is 200 MB. They were not read.',
    ],
    [
      fatalLoadError(csvWithoutDataset()),
      'not-csv',
      'A CSV file holds one table; open it while a dataset is shown, or together with a JSON dataset.',
    ],
  ])(
    '%#: keeps an English message for the console, and says it in the reader’s language',
    (error, kind, english) => {
      expect(error).toBeInstanceOf(DatasetLoadError)
      expect(error.kind).toBe(kind)
      expect(error.message).toBe(english)
      expect(describeLoadError(EN.t, error)).toBe(english)
      expect(japaneseFault(describeLoadError(JA.t, error))).toBeNull()
    },
  )

  it('shows a message given as plain text as it is', () => {
    expect(describeLoadError(JA.t, new DatasetLoadError('http', 'Still 404.'))).toBe('Still 404.')
    expect(describeLoadError(JA.t, new Error('boom'))).toBe('boom')
  })
})

describe('limits', () => {
  it('formats sizes and refuses a file over the limit before reading it', () => {
    expect(formatBytes(512)).toBe('512 B')
    expect(formatBytes(1536)).toBe('1.5 KB')
    expect(formatBytes(200 * 1024 * 1024)).toBe('200 MB')
    expect(sizeRefusal('big.json', 100)).toBeNull()
    const refusal = sizeRefusal('big.json', 250 * 1024 * 1024)
    expect(refusal && sayEn(refusal)).toBe(
      '"big.json" is 250 MB; the limit is 200 MB. It was not read. Split the dataset, or leave out what the dashboard does not need.',
    )
  })

  it('counts objects and lists up to a limit, without parsing', () => {
    expect(countOpeners('{"a":[1,{"b":[]}]}', 100)).toBe(4)
    expect(countOpeners('['.repeat(1000), 10)).toBe(10)
  })

  it('describes where a dataset came from, in either language', () => {
    const merged = { kind: 'file', name: 'goods.csv', size: 10, mergedInto: { kind: 'bundled' } } as const
    expect(describeSource(EN.t, { kind: 'bundled' })).toBe('the bundled dataset')
    expect(describeSource(EN.t, merged)).toBe('goods.csv (merged into the bundled dataset)')
    expect(describeSource(JA.t, merged)).toBe('goods.csv（同梱のデータセットに統合）')
    expect(describeSource(EN.t, { kind: 'url', url: `https://x.example/${'a'.repeat(300)}` }).length).toBe(
      120,
    )
  })
})

describe('CSV tables', () => {
  const header = [
    'id',
    'name',
    'category',
    'measureId',
    'effective',
    'hsCodes',
    'itemCount',
    'unidentified',
    'sourceIds',
    'confidence',
  ]
  it('tells the tables apart by their columns', () => {
    expect(detectTable(header)).toBe('goods')
    expect(detectTable(['id', 'type', 'direction', 'announced', 'title'])).toBe('measures')
    expect(detectTable(['name', 'value'])).toBeNull()
  })

  it('turns cells into fields: lists, numbers, booleans, null for empty nullable cells', () => {
    const rows = [header, ['g-1', '', 'Tech', 'm-1', '2022-05-20', '84.71; 85.42', '', 'TRUE', 'a;b', 'high']]
    const result = csvToRecords('goods.csv', rows, [])
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.records[0]).toEqual({
      id: 'g-1',
      name: null,
      category: 'Tech',
      measureId: 'm-1',
      effective: '2022-05-20',
      hsCodes: ['84.71', '85.42'],
      itemCount: null,
      unidentified: true,
      sourceIds: ['a', 'b'],
      confidence: 'high',
    })
  })

  it('joins a Japanese twin column into one bilingual text, which the schema reads', () => {
    const result = csvToRecords(
      'goods.csv',
      [
        ['id', 'category', 'categoryJa', 'measureId', 'noteJa'],
        ['g', 'Advanced technology', '先端技術', 'm', '例として挙げられた品目'],
      ],
      [],
    )
    expect(result.ok && result.records[0]).toEqual({
      id: 'g',
      measureId: 'm',
      category: { en: 'Advanced technology', ja: '先端技術' },
      note: { en: null, ja: '例として挙げられた品目' },
    })
    const item = goodsItemSchema.parse({
      ...makeGoodsItem({}),
      ...(result.ok ? (result.records[0] as object) : {}),
    })
    expect(item).toMatchObject({ category: 'Advanced technology', categoryJa: '先端技術' })
    expect(item.note).toEqual({ en: null, ja: '例として挙げられた品目' })
  })

  it('keeps text that is not a number as text, for the validator to name', () => {
    const result = csvToRecords(
      'goods.csv',
      [
        ['id', 'category', 'measureId', 'itemCount'],
        ['g', 'c', 'm', 'ten'],
      ],
      [],
    )
    expect(result.ok && result.records[0]).toMatchObject({ itemCount: 'ten' })
  })

  it('rejects malformed rows by their data row index, and a header it cannot read', () => {
    const rows = [
      ['id', 'category', 'measureId'],
      ['g-1', 'c', 'm'],
      ['g-2', 'c'],
      ['g-3', 'c', 'm'],
    ]
    const result = csvToRecords('goods.csv', rows, [])
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.rowOf).toEqual([0, 2])
    expect(result.rowProblems).toMatchObject([{ collection: 'goods', index: 1, id: 'g-2' }])
    expect(result.rowProblems.map((p) => [sayEn(p.field), sayEn(p.got)])).toEqual([['(row)', '2 cells']])
    const twice = csvToRecords('goods.csv', [['id', 'category', 'measureId', 'id']], [])
    expect(twice.ok ? '' : sayEn(twice.error.message)).toContain('the column "id" appears twice')
    const unnamed = csvToRecords('goods.csv', [['id', 'category', 'measureId', '']], [])
    expect(unnamed.ok ? '' : sayEn(unnamed.error.message)).toContain('column 4 of the header has no name')
  })

  it('says why papaparse found a row malformed, by its error code', () => {
    const rows = [
      ['id', 'category', 'measureId'],
      ['g-1', 'c'],
    ]
    const result = csvToRecords('goods.csv', rows, [{ row: 1, fault: 'MissingQuotes' }])
    expect(result.ok && result.rowProblems.map((p) => [sayEn(p.got), sayJa(p.got)])).toEqual([
      ['2 cells (a quoted cell is never closed)', '2セル（引用符が閉じられていません）'],
    ])
  })

  it('makes a "__proto__" column an own field, never a prototype', () => {
    const result = csvToRecords(
      'goods.csv',
      [
        ['id', 'category', 'measureId', '__proto__'],
        ['g', 'c', 'm', 'x'],
      ],
      [],
    )
    const record = result.ok ? (result.records[0] as object) : {}
    expect(Object.getPrototypeOf(record)).toBe(Object.prototype)
    expect(Object.keys(record)).toContain('__proto__')
  })
})

describe('the downloadable report', () => {
  const input: ReportInput = {
    title: 'T',
    source: { kind: 'file', name: 'x.json', size: 1 },
    loadedAt: '2026-01-01T00:00:00.000Z',
    problems: [
      {
        collection: 'measures',
        index: 0,
        id: 'm',
        field: said('problem.field.path', { path: 'added' }),
        expected: said('problem.expected.number'),
        got: said('problem.got.value', { value: '"1"' }),
      },
    ],
    rejected: 3,
    omittedProblems: 2,
    checks: [
      { kind: 'goods-count', measureId: 'm', counted: 2, listed: 1, goodsIds: ['g'], ok: false },
      { kind: 'goods-count', measureId: 'n', counted: 1, listed: 1, goodsIds: ['h'], ok: true },
    ],
  }

  it('holds every problem kept, says how many were not, and lists the consistency warnings', () => {
    const report = buildReport(EN, input)
    expect(report).toMatchObject({
      language: 'en',
      dataset: { title: 'T', source: 'x.json', sourceKind: 'file' },
      rejectedRecords: 3,
      problemsListed: 1,
      problemsNotListed: 2,
      note: 'Only the first problem was kept; 2 more were found and not listed.',
      problems: [
        {
          expected: { key: 'problem.expected.number', params: {} },
          message: 'measures[0] (id "m"), field added: expected a number, got "1"',
        },
      ],
      consistencyWarnings: [
        { measureId: 'm', message: 'Measure "m" counts 2 items, but its 1 goods rows stand for 1.' },
      ],
    })
  })

  it('writes its sentences in the reader’s language, and keeps the structured parts as they are', () => {
    const report = buildReport(JA, input)
    expect(report).toMatchObject({
      language: 'ja',
      report: 'ダッシュボード「日本の対ロシア制裁」の検証レポート',
      note: '最初の1件の問題のみを収録しました。さらに2件が見つかりましたが、一覧にはありません。',
      problems: [
        {
          field: { key: 'problem.field.path', params: { path: 'added' } },
          message: 'measures[0]（id "m"）、フィールド added：期待される値は数値、実際の値は"1"',
        },
      ],
      consistencyWarnings: [
        { measureId: 'm', message: '措置「m」は2品目としていますが、その品目行1件の合計は1です。' },
      ],
    })
    // Structured-cloneable and JSON-safe: what the worker sends is what the file holds.
    expect(JSON.parse(JSON.stringify(report))).toEqual(report)
  })
})
