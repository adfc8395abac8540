import { describe, expect, it } from 'vitest'

import { parseMofWorkbook, type MofOptions } from '@/data/official/convert/mof-workbook'
import { OfficialListError, type OfficialErrorCode } from '@/data/official/convert/official-error'

import {
  buildWorkbook,
  declareUncompressedSize,
  INDIVIDUAL_HEADER,
  russiaIndividuals,
  TITLES,
} from '../../../fixtures/official-workbook'

function codeOf(bytes: Uint8Array | ArrayBuffer, options?: MofOptions): OfficialErrorCode | 'no error' {
  try {
    parseMofWorkbook(bytes, options)
  } catch (error) {
    expect(error).toBeInstanceOf(OfficialListError)
    expect((error as Error).message).toMatch(/^[\x20-\x7e\u3000-\u9fff\u00a0-\u024f–]+$/)
    return (error as OfficialListError).code
  }
  return 'no error'
}

const good = buildWorkbook([russiaIndividuals([['2022.3.1', 1, 'X', 'X']])])

describe('parseMofWorkbook refuses a file it cannot trust, with a specific error', () => {
  it('reads the good file (also as an ArrayBuffer)', () => {
    expect(codeOf(good)).toBe('no error')
    expect(parseMofWorkbook(good.slice().buffer).designations).toHaveLength(1)
  })

  it('a truncated file', () => {
    expect(codeOf(good.slice(0, Math.floor(good.length / 2)))).toBe('corrupt')
    expect(codeOf(good.slice(0, 10))).toBe('corrupt')
  })

  it('random bytes, and an empty file', () => {
    const random = Uint8Array.from({ length: 4096 }, (_, i) => (i * 2654435761) % 251)
    expect(codeOf(random)).toBe('not-a-workbook')
    expect(codeOf(new Uint8Array())).toBe('not-a-workbook')
  })

  it('a zip whose central directory declares a huge size, before anything is inflated', () => {
    expect(codeOf(declareUncompressedSize(good, 0xfffffff0))).toBe('zip-too-large')
    expect(codeOf(good, { zipLimits: { maxUncompressedBytes: 1000 } })).toBe('zip-too-large')
  })

  it('a zip that would expand too many times its size', () => {
    expect(codeOf(declareUncompressedSize(good, 20_000_000))).toBe('zip-ratio')
  })

  it('a workbook with no Russia-related sheet', () => {
    const bytes = buildWorkbook([{ name: '29.ロシア連邦(個人)', rows: [[TITLES.dprk], INDIVIDUAL_HEADER] }])
    expect(codeOf(bytes)).toBe('no-russia-sheet')
  })

  it('a Russia-related sheet without its 告示日付 header row', () => {
    const bytes = buildWorkbook([
      { name: 'S', rows: [[TITLES.russiaIndividuals], ['日付', '番号', '日本語表記'], ['2022.3.1', 1, 'X']] },
    ])
    expect(codeOf(bytes)).toBe('missing-header')
  })

  it('more rows than the limit', () => {
    const rows = Array.from({ length: 50 }, (_, i) => ['2022.3.1', i + 1, `N${i}`, `N${i}`])
    const bytes = buildWorkbook([russiaIndividuals(rows)])
    expect(codeOf(bytes, { maxRows: 20 })).toBe('too-many-rows')
    expect(parseMofWorkbook(bytes, { maxRows: 100 }).designations).toHaveLength(50)
  })
})
