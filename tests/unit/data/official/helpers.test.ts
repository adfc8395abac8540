import { describe, expect, it } from 'vitest'

import { splitAliases } from '@/data/official/convert/aliases'
import { countryOf } from '@/data/official/convert/countries'
import {
  excelSerialToIso,
  parseBirthText,
  parseJapaneseDate,
  parseNoticeDates,
} from '@/data/official/convert/dates'
import { classifySheet } from '@/data/official/convert/mof-sheets'
import { checkZip } from '@/data/official/convert/zip-guard'

describe('official-list helpers', () => {
  it('reads notice dates, revisions and delistings', () => {
    expect(parseNoticeDates(['2022.4.12'])).toEqual({ designated: '2022-04-12', revised: [], delisted: null })
    expect(parseNoticeDates(['2014.8.5', '2022.5.27改訂'])).toEqual({
      designated: '2014-08-05',
      revised: ['2022-05-27'],
      delisted: null,
    })
    expect(parseNoticeDates(['2025.1.10削除'])).toEqual({
      designated: null,
      revised: [],
      delisted: '2025-01-10',
    })
    expect(parseNoticeDates(['2022.2.30'])).toBeNull()
    expect(parseNoticeDates(['令和4年'])).toBeNull()
    expect(parseNoticeDates(['2022.5.27改訂'])).toBeNull()
  })

  it('reads birth dates as ISO only when they are one full date', () => {
    expect(excelSerialToIso(19274)).toBe('1952-10-07')
    expect(excelSerialToIso(0)).toBeNull()
    expect(parseBirthText('Tuesday, October 07, 1952')).toBe('1952-10-07')
    expect(parseBirthText('1961年10月25日')).toBe('1961-10-25')
    expect(parseBirthText('1970年')).toBe('1970年')
    expect(parseBirthText('1983年2(3)月10日')).toBe('1983年2(3)月10日')
    expect(parseJapaneseDate('指定日:2022 年03月01 日')).toBe('2022-03-01')
  })

  it('splits alias cells in both languages', () => {
    expect(splitAliases('(別称、A社、B社)\n(a.k.a. X LLC; a.k.a. Y）')).toEqual(['A社', 'B社', 'X LLC', 'Y'])
    expect(splitAliases('Foo, a.k.a. Bar, a.k.a. Baz')).toEqual(['Foo', 'Bar', 'Baz'])
    expect(splitAliases(null)).toEqual([])
    // Cells as the MOF sheet writes them (Russian organisations 293 and 30).
    expect(
      splitAliases(
        '（別称、公共株式会社AKアルロサ、アルロサ・グループ）\n（a.k.a. AK Alrosa PAO, a.k.a. PJSC Alrosa a.k.a. Alrosa Group)',
      ),
    ).toEqual([
      '公共株式会社AKアルロサ',
      'アルロサ・グループ',
      'AK Alrosa PAO',
      'PJSC Alrosa',
      'Alrosa Group',
    ])
    expect(
      splitAliases(
        '（別称、株式会社機械工学科学研究所及びGosNIImash）\na.k.a., the following two aliases: \n-JSC SRI for Mechanical Engineering; and \n-GosNIImash.',
      ),
    ).toEqual([
      '株式会社機械工学科学研究所',
      'GosNIImash',
      'JSC SRI for Mechanical Engineering',
      'GosNIImash.',
    ])
    // A bracket wrapped over two lines, and two brackets side by side.
    expect(splitAliases('(a.k.a. Vektor JSC; Aktsionernoe Obshchestvo\nInstitut Vektor)')).toEqual([
      'Vektor JSC',
      'Aktsionernoe Obshchestvo Institut Vektor',
    ])
    expect(splitAliases('(別称、IAP RAS)(a.k.a. IAP RAS)')).toEqual(['IAP RAS'])
    // 及び splits a list, but not a single name that says "and its plant".
    expect(splitAliases('(別称、A社、B社及びC社)')).toEqual(['A社', 'B社', 'C社'])
    expect(splitAliases('(別称、ISAN及び分光法研究所)\n(a.k.a. ISAN; Institute of Spectroscopy)')).toEqual([
      'ISAN',
      '分光法研究所',
      'Institute of Spectroscopy',
    ])
    expect(
      splitAliases('(別称、株式会社NIIプラタン及び付属工場)\n(a.k.a. AO NII Platan s Zavodom Pri NII)'),
    ).toEqual(['株式会社NIIプラタン及び付属工場', 'AO NII Platan s Zavodom Pri NII'])
  })

  it('derives a country only where the text names exactly one', () => {
    expect(countryOf('12 Neglinnaya Str., Moscow, 107016, Russian Federation')).toBe('RU')
    expect(countryOf('Unit 704, Sheung Wan, Hong Kong, China.')).toBe('HK')
    expect(countryOf('Shenzhen, China; and Kowloon, Hong Kong, China')).toBeNull()
    expect(countryOf('Istanbul, Türkiye')).toBe('TR')
    expect(countryOf('Dubai, United Arab Emirates')).toBe('AE')
    expect(countryOf('アラブ首長国連邦')).toBe('AE')
    expect(countryOf('Bishkek, Kyrgyzstan')).toBe('KG')
    expect(countryOf('Prospect Zasyadko.13, Donetsk')).toBeNull()
    expect(countryOf(null)).toBeNull()
  })

  it('classifies sheet titles, notes after the line break ignored', () => {
    expect(
      classifySheet(
        '資産凍結等の措置の対象となるロシア連邦の団体及び個人(団体(特定銀行を除く))\n(注)…特定銀行',
      ),
    ).toEqual({
      list: 'mof-russia-organisations',
      kind: 'organisation',
    })
    expect(
      classifySheet('資産凍結等の措置の対象となるロシア連邦及びベラルーシ共和国以外の国・地域の特定銀行'),
    ).toEqual({
      list: 'mof-other-banks',
      kind: 'bank',
    })
    expect(classifySheet('シリアのアル・アサド大統領及びその関係者等(個人)')).toBeNull()
  })

  it('refuses a zip whose directory is cut off', () => {
    const zip = new Uint8Array(64)
    zip.set([0x50, 0x4b, 0x03, 0x04])
    expect(() => checkZip(zip)).toThrow(/truncated or corrupt/)
  })
})
