import { describe, expect, it } from 'vitest'

import { parseMofWorkbook } from '@/data/official/convert/mof-workbook'

import {
  buildWorkbook,
  INDIVIDUAL_HEADER,
  ORGANISATION_HEADER,
  russiaIndividuals,
  TITLES,
} from '../../../fixtures/official-workbook'

const dprk = { name: '15.北朝鮮', rows: [[TITLES.dprk], INDIVIDUAL_HEADER, ['2017.1.1', 1, 'キム', 'Kim']] }

describe('parseMofWorkbook on built workbooks', () => {
  it('finds the sheets by title whatever their names and order, and skips the rest', () => {
    const bytes = buildWorkbook([
      {
        name: 'Z',
        rows: [
          [TITLES.russiaBanks],
          ORGANISATION_HEADER,
          ['2022.2.26', 1, 'バンク', 'Bank', null, 'Moscow, Russia'],
        ],
      },
      dprk,
      {
        name: 'A',
        rows: [
          [TITLES.belarusBanks],
          ORGANISATION_HEADER,
          ['2022.3.11', 1, '銀行', 'Bank B', null, 'Minsk, Belarus'],
        ],
      },
      {
        name: 'Crimea',
        rows: [[TITLES.crimeaIndividuals], INDIVIDUAL_HEADER, ['2014.8.5', 1, '人', 'Person']],
      },
    ])
    const result = parseMofWorkbook(bytes)
    expect(result.designations.map((d) => [d.list, d.kind, d.country])).toEqual([
      ['mof-russia-banks', 'bank', 'RU'],
      ['mof-belarus-banks', 'bank', 'BY'],
      ['mof-crimea-individuals', 'individual', null],
    ])
    expect(result.skippedSheets).toEqual([
      { sheet: '15.北朝鮮', title: TITLES.dprk.normalize('NFKC'), rows: 2 },
    ])
    expect(result.asOf).toBeUndefined()
  })

  it('maps columns by header text, in any order, with the header row moved down', () => {
    const header = ['出生地', '英語表記', '生年月日', '日本語表記', '告示番号', '別名', '告示日付', '肩書等']
    const bytes = buildWorkbook([
      {
        name: 'S',
        rows: [
          [TITLES.russiaIndividuals],
          ['（注）a note above the header'],
          [],
          header,
          ['Moscow', 'Ivan IVANOV', 25_000, 'イワン・イワノフ', '3', 'Vanya', '2022.4.12', 'Director'],
        ],
      },
    ])
    const [ivan] = parseMofWorkbook(bytes).designations
    expect(ivan).toMatchObject({
      entry: 3,
      nameJa: 'イワン・イワノフ',
      nameEn: 'Ivan IVANOV',
      aliases: ['Vanya'],
      title: 'Director',
      birthDate: '1968-06-11', // serial 25,569 is 1970-01-01; 25,000 is 569 days before
      birthPlace: 'Moscow',
      designated: '2022-04-12',
    })
  })

  it('handles every quirk of the real file', () => {
    const bytes = buildWorkbook([
      russiaIndividuals([
        [
          '2014.8.5\n2022.5.27改訂',
          1,
          'Ａ　ペトロフ  ',
          'Petr PETROV ',
          'ペーチャ; ペトロフ\nPetya; Petrov',
          null,
          'Tuesday, October 07, 1952',
          null,
        ],
        [],
        ['2025.1.10削除', '2'],
        ['2022.3.1', '３', 'シドロフ\nシードロフ', 'Sidorov', null, null, '1970年又は1971年', null],
        ['2022.3.1', 4, 'B', 'B', null, null, '1961年10月25日', null],
        // A real Excel date in the 告示日付 column: serial 44663 is 2022-04-12.
        [44663, 5, 'C', 'C'],
        ['（注）this row is a note, not a designation'],
      ]),
    ])
    const result = parseMofWorkbook(bytes)
    expect(result.problems).toEqual([])
    const [petrov, removed, sidorov, b] = result.designations
    expect(petrov).toMatchObject({
      nameJa: 'A ペトロフ',
      nameEn: 'Petr PETROV',
      aliases: ['ペーチャ', 'ペトロフ', 'Petya', 'Petrov'],
      designated: '2014-08-05',
      revised: ['2022-05-27'],
      delisted: null,
      birthDate: '1952-10-07',
    })
    expect(removed).toMatchObject({ entry: 2, nameJa: null, designated: null, delisted: '2025-01-10' })
    expect(sidorov).toMatchObject({
      entry: 3,
      nameJa: 'シドロフ',
      aliases: ['シードロフ'],
      birthDate: '1970年又は1971年',
    })
    expect(b?.birthDate).toBe('1961-10-25')
    expect(result.designations[4]).toMatchObject({ entry: 5, designated: '2022-04-12' })
    expect(result.designations).toHaveLength(5)
  })

  it('reports a row it cannot read, with its sheet and row number, and goes on', () => {
    const bytes = buildWorkbook([
      russiaIndividuals([
        ['2022.13.45', 1, 'X', 'X'],
        ['2022.3.1', null, 'Y', 'Y'],
        ['2022.3.1', 3, null, null],
        ['2022.3.1', 4, 'Z', 'Z'],
      ]),
    ])
    const result = parseMofWorkbook(bytes)
    expect(result.designations.map((d) => d.entry)).toEqual([4])
    expect(result.problems).toEqual([
      { sheet: '29.ロシア連邦(個人)', row: 3, reason: 'notice date not understood: "2022.13.45"' },
      { sheet: '29.ロシア連邦(個人)', row: 4, reason: 'no entry number (告示番号): null' },
      { sheet: '29.ロシア連邦(個人)', row: 5, reason: 'a designation without a name' },
    ])
  })

  it('never evaluates a formula: its cached value is read, or nothing', () => {
    const bytes = buildWorkbook([
      russiaIndividuals([
        ['2022.3.1', { formula: '1+1', cached: 7 }, 'Cached', 'Cached'],
        ['2022.3.1', 2, { formula: 'HYPERLINK("http://example.invalid","x")' }, 'No cache'],
      ]),
    ])
    const [cached, uncached] = parseMofWorkbook(bytes).designations
    expect(cached?.entry).toBe(7)
    expect(uncached).toMatchObject({ entry: 2, nameJa: null, nameEn: 'No cache' })
  })

  it('takes the as-of date from the file name', () => {
    const bytes = buildWorkbook([russiaIndividuals([['2022.3.1', 1, 'X', 'X']])])
    const result = parseMofWorkbook(bytes, { fileName: 'shisantouketsu20260305.xlsx' })
    expect(result.asOf).toBe('2026-03-05')
    expect(result.designations[0]?.source).toMatchObject({
      file: 'shisantouketsu20260305.xlsx',
      asOf: '2026-03-05',
    })
  })

  it('accepts the older .xls (BIFF8) format', () => {
    const bytes = buildWorkbook([dprk, russiaIndividuals([['2022.3.1', 1, 'プーチン', 'Putin']])], 'biff8')
    expect(bytes[0]).toBe(0xd0)
    const result = parseMofWorkbook(bytes)
    expect(result.designations.map((d) => d.nameEn)).toEqual(['Putin'])
    expect(result.skippedSheets).toHaveLength(1)
  })
})
