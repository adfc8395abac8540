import { readFileSync } from 'node:fs'

import { read, type CellObject } from '@e965/xlsx'
import { describe, expect, it } from 'vitest'

import type { Designation } from '@/data/official/designation'
import { parseMofWorkbook } from '@/data/official/convert/mof-workbook'

const FILE = new URL('../../../../../shared/data/official/mof-asset-freeze-2026-03-05.xlsx', import.meta.url)
const bytes = readFileSync(FILE)
const result = parseMofWorkbook(bytes, { fileName: 'mof-asset-freeze-2026-03-05.xlsx' })

const countBy = <T>(items: readonly T[], key: (item: T) => string): Record<string, number> => {
  const counts: Record<string, number> = {}
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1
  return counts
}
const onList = (list: Designation['list']): Designation[] =>
  result.designations.filter((d) => d.list === list)

/** A second, independent count: the raw 告示日付 cells of a sheet, read straight from SheetJS. */
const rawBook = read(bytes, { dense: true, cellFormula: false })
function rawDateCells(sheetName: string): string[] {
  const grid = (rawBook.Sheets[sheetName]?.['!data'] ?? []) as (CellObject[] | undefined)[]
  return grid
    .slice(2)
    .map((row) => String(row?.[0]?.v ?? '').trim())
    .filter((text) => text !== '')
}

describe('parseMofWorkbook on the Ministry of Finance workbook of 5 Mar 2026', () => {
  it('reads the eleven Russia-related sheets, found by title, with no unreadable row', () => {
    expect(result.asOf).toBe('2026-03-05')
    expect(result.problems).toEqual([])
    expect(Object.fromEntries(result.sheets.map(({ list, designations }) => [list, designations]))).toEqual({
      'mof-crimea-individuals': 336,
      'mof-crimea-organisations': 18,
      'mof-russia-organisations': 369,
      'mof-russia-individuals': 759,
      'mof-russia-banks': 16,
      'mof-belarus-individuals': 19,
      'mof-belarus-organisations': 12,
      'mof-belarus-banks': 4,
      'mof-other-organisations': 7,
      'mof-other-individuals': 1,
      'mof-other-banks': 1,
    })
    // Cross-check: one designation per non-empty 告示日付 cell on each sheet.
    for (const { sheet, designations } of result.sheets)
      expect(rawDateCells(sheet)).toHaveLength(designations)
  })

  it('gives the Russian individuals per notice date as the sheet does', () => {
    const byDate = countBy(onList('mof-russia-individuals'), (d) => d.designated ?? d.delisted + ' delisted')
    expect(byDate).toEqual({
      '2022-03-01': 6,
      '2022-03-03': 18,
      '2022-03-08': 19,
      '2022-03-15': 17,
      '2022-03-18': 15,
      '2022-03-25': 24,
      '2022-04-12': 397,
      '2022-05-10': 8,
      '2022-07-05': 55,
      '2022-10-07': 58,
      '2023-01-27': 22,
      '2023-02-28': 39,
      '2023-05-26': 15,
      '2023-12-15': 19,
      '2024-03-01': 9,
      '2024-05-24': 1,
      '2024-06-21': 10,
      '2025-01-10': 11,
      '2025-09-12': 9,
      '2025-01-10 delisted': 3,
      '2025-09-12 delisted': 4,
    })
    // The same counts from the raw cells: those whose text is exactly the date.
    const raw = rawDateCells('29.ロシア連邦(個人)')
    expect(raw.filter((text) => text === '2022.7.5')).toHaveLength(byDate['2022-07-05'] ?? -1)
    expect(raw.filter((text) => text === '2022.4.12')).toHaveLength(byDate['2022-04-12'] ?? -1)
    expect(raw.filter((text) => text === '2022.5.10')).toHaveLength(byDate['2022-05-10'] ?? -1)
  })

  it('counts the 10 May 2022 tranche on the Crimea sheet (about 130 people, as the README says)', () => {
    const may10 = onList('mof-crimea-individuals').filter((d) => d.designated === '2022-05-10')
    expect(may10).toHaveLength(
      rawDateCells('26.クリミア等（個人）').filter((t) => t.startsWith('2022.5.10')).length,
    )
    expect(may10.length).toBeGreaterThanOrEqual(120)
    expect(may10.length).toBeLessThanOrEqual(140)
  })

  it('keeps the first date of a revised designation and lists the revisions', () => {
    const revised = result.designations.filter((d) => d.revised.length > 0)
    const rawRevised = rawDateCells('26.クリミア等（個人）').filter((t) => t.includes('改訂'))
    expect(revised).toHaveLength(rawRevised.length)
    expect(revised.every((d) => d.list === 'mof-crimea-individuals')).toBe(true)
    const yanukovych = onList('mof-crimea-individuals').find((d) => d.entry === 1)
    expect(yanukovych?.nameEn).toBe('Viktor YANUKOVYCH(YANUKOVICH)')
    expect(yanukovych?.designated).toBe('2014-08-05')
  })

  it('reads the delisting rows: a date, a number, no name and no original date', () => {
    const delisted = result.designations.filter((d) => d.delisted !== null)
    expect(countBy(delisted, (d) => d.list)).toEqual({
      'mof-crimea-individuals': 5,
      'mof-russia-individuals': 7,
    })
    const rawDelisted = result.sheets.flatMap(({ sheet }) =>
      rawDateCells(sheet).filter((t) => t.endsWith('削除')),
    )
    expect(delisted).toHaveLength(rawDelisted.length)
    for (const d of delisted) {
      expect(d.designated).toBeNull()
      expect(d.nameJa).toBeNull()
    }
    expect(onList('mof-russia-individuals').find((d) => d.entry === 38)?.delisted).toBe('2025-01-10')
  })

  it('reads Excel birth dates and keeps text ones as written', () => {
    const putin = onList('mof-russia-individuals').find((d) => d.entry === 1)
    expect(putin).toMatchObject({
      nameJa: 'ウラジーミル・プーチン',
      nameEn: 'Vladimir Putin',
      birthDate: '1952-10-07',
      title: 'ロシア連邦大統領\nPresident of the Russian Federation',
      source: { publisher: 'Ministry of Finance', asOf: '2026-03-05' },
    })
    const texts = result.designations
      .map((d) => d.birthDate)
      .filter((b) => b !== null && !/^\d{4}-\d{2}-\d{2}$/.test(b))
    expect(texts).toContain('1970年又は1971年')
  })

  it('splits multi-name alias cells and derives countries only from what the list names', () => {
    const org = onList('mof-russia-organisations').find((d) => d.entry === 369)
    expect(org?.aliases).toContain('株式会社ZCVP')
    expect(org?.aliases).toContain('AO Zavolzhskiy Zavod Gusenichnikh Tyagachey')
    expect(org?.country).toBe('RU')
    expect(onList('mof-other-individuals')[0]?.country).toBe('KP')
    expect(onList('mof-other-banks')[0]?.aliases).toEqual([
      'インターナショナル・セトルメント・バンク有限会社',
      'メジュドゥナロドニー・ラッショトニー・バンク',
      'International Settlement Bank LLC',
      'Mezhdunarodnyi Raschetnyi Bank',
    ])
  })

  it('skips the other programmes and says which', () => {
    const titles = result.skippedSheets.map((s) => s.title)
    expect(result.skippedSheets).toHaveLength(34)
    expect(titles.some((t) => t.includes('北朝鮮'))).toBe(true)
    expect(titles.some((t) => t.includes('イラン'))).toBe(true)
    expect(titles.some((t) => t.includes('シリア'))).toBe(true)
    expect(titles.some((t) => t.includes('タリバーン'))).toBe(true)
    expect(result.skippedSheets.find((s) => s.sheet.startsWith('2.タリバーン'))?.rows).toBeGreaterThan(700)
    expect(
      result.designations.some(
        (d) => /北朝鮮|イラン/.test(d.title ?? '') && d.list !== 'mof-other-individuals',
      ),
    ).toBe(false)
  })
})
