import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { checkBatchCoverage, METI_BATCHES, type Batch } from '@/data/official/convert/meti-batches'
import { parseMetiList } from '@/data/official/convert/meti-lists'
import { OfficialListError } from '@/data/official/convert/official-error'

const DIR = new URL('../../../../../shared/data/official/', import.meta.url)
const text = (file: string): string => readFileSync(new URL(file, DIR), 'utf8')

const russia = parseMetiList(text('meti-export-ban-russia-2025-09-12.txt'), 'meti-russia')
const third = parseMetiList(text('meti-export-ban-third-countries-2025-09-12.txt'), 'meti-third-countries')
const belarus = parseMetiList(text('meti-export-ban-belarus-2022-07-05.txt'), 'meti-belarus')

/** The numbered lines of a file, counted without the parser: a number at a line start or glued after a full stop. */
const rawEntryNumbers = (file: string): number[] =>
  [
    ...text(file)
      .normalize('NFKC')
      .matchAll(/(?:^|(?<=[.A-Za-z)]))(\d{1,3}) (?=[^\n]*[\u3040-\u30ff\u4e00-\u9fff])/gm),
  ].map((match) => Number(match[1]))

describe('parseMetiList', () => {
  it('reads every entry of the three lists, numbered 1…n', () => {
    expect(russia.designations).toHaveLength(561)
    expect(third.designations).toHaveLength(56)
    expect(belarus.designations).toHaveLength(27)
    for (const list of [russia, third, belarus])
      expect(list.designations.map((d) => d.entry)).toEqual(list.designations.map((_, i) => i + 1))
    // An independent count: every number 1…561 starts a line (or follows a glued full stop) in the raw text.
    const raw = new Set(rawEntryNumbers('meti-export-ban-russia-2025-09-12.txt'))
    expect(Array.from({ length: 561 }, (_, i) => i + 1).filter((n) => !raw.has(n))).toEqual([])
    expect(raw.has(562)).toBe(false)
  })

  it('reads the title, 指定日 and 最終更新日', () => {
    expect(russia).toMatchObject({ designated: '2022-03-01', updated: '2025-09-12' })
    expect(russia.title).toContain('ロシア連邦の団体')
    expect(third).toMatchObject({ designated: '2023-12-15', updated: '2025-09-12' })
    expect(belarus).toMatchObject({ designated: '2022-03-08', updated: '2022-07-05' })
    expect(russia.designations[0]?.source).toMatchObject({
      publisher: 'Ministry of Economy, Trade and Industry',
      asOf: '2025-09-12',
      url: expect.stringMatching(/^https:\/\/www\.meti\.go\.jp\/.*20250912list_russia_tokutei\.pdf$/),
    })
  })

  it('reads names, aliases in both languages and addresses, across page breaks and glued lines', () => {
    const [first] = russia.designations
    expect(first).toMatchObject({
      nameJa: '株式会社アドミラルティ造船所',
      nameEn: 'Admiralty Shipyard JSC',
      address: '203, Fontanka Emb., 190121, St. Peterburg, Russia.',
      country: 'RU',
    })
    expect(russia.designations[11]?.aliases).toEqual(['ロシア量子センター', 'RQC', 'Russian Quantum Center'])
    // "…Moscow 127055RU.10 対外諜報庁": entry 10 starts mid-line.
    expect(russia.designations[9]?.nameEn).toBe('Foreign Intelligence Service (SVR)')
    // Both names on one line, and the address glued on.
    expect(russia.designations[354]).toMatchObject({
      nameJa: '株式会社ロスエレクトロニクス',
      nameEn: 'Ruselectronics JSC',
    })
    for (const d of [...russia.designations, ...third.designations, ...belarus.designations]) {
      // Every Japanese name but one (Russia 74, written MPI VOLNA in the Japanese column too) has kana or kanji.
      if (!(d.list === 'meti-russia' && d.entry === 74))
        expect(d.nameJa, `${d.list} ${d.entry}`).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/)
      expect(d.nameEn, `${d.list} ${d.entry}`).toMatch(/^[^\u3040-\u30ff\u4e00-\u9fff]+$/)
      expect(d.nameEn, `${d.list} ${d.entry}`).not.toMatch(/a\.k\.a|aliases:/)
      expect(d.address, `${d.list} ${d.entry}`).not.toBeNull()
      for (const alias of d.aliases) expect(alias).not.toMatch(/所在地|a\.k\.a/)
    }
  })

  it('dates each entry by its batch, with METI’s own date for the first', () => {
    const dateOf = (entry: number): string | null | undefined => russia.designations[entry - 1]?.designated
    expect([1, 49, 50, 130, 131, 266, 267, 437, 438, 559, 560, 561].map(dateOf)).toEqual([
      '2022-03-01',
      '2022-03-01',
      '2022-03-25',
      '2022-03-25',
      '2022-05-10',
      '2022-07-05',
      '2022-09-26',
      '2023-05-26',
      '2023-12-15',
      '2025-01-10',
      '2025-09-12',
      '2025-09-12',
    ])
    expect(russia.designations[0]?.dateAlternatives).toEqual(['2022-03-15'])
    expect(russia.designations[49]?.dateAlternatives).toEqual([])
    expect(russia.designations.filter((d) => d.designated === '2022-03-25')).toHaveLength(81)
    expect(russia.designations[201]?.notice).toBe('https://www.mofa.go.jp/mofaj/files/100366224.pdf')
    expect(third.designations.map((d) => d.designated).filter((d) => d === '2025-01-16')).toHaveLength(31)
    expect(belarus.designations.map((d) => d.designated)).toEqual([
      ...Array<string>(2).fill('2022-03-08'),
      ...Array<string>(25).fill('2022-07-05'),
    ])
    // The list's own 指定日 is the first batch's date.
    for (const list of [russia, third, belarus])
      expect(list.designations[0]?.designated).toBe(list.designated)
  })

  it('checks that the batches cover the list exactly, and fails loudly when they do not', () => {
    for (const [list, batches] of Object.entries(METI_BATCHES)) {
      const count = { 'meti-russia': 561, 'meti-belarus': 27, 'meti-third-countries': 56 }[list] ?? 0
      expect(() => checkBatchCoverage(list, batches, count)).not.toThrow()
    }
    const b = (from: number, to: number): Batch => ({
      from,
      to,
      date: '2022-01-01',
      alternatives: [],
      notice: null,
    })
    expect(() => checkBatchCoverage('x', [b(1, 10), b(12, 20)], 20)).toThrow(/gap or an overlap/)
    expect(() => checkBatchCoverage('x', [b(1, 10), b(10, 20)], 20)).toThrow(/gap or an overlap/)
    expect(() => checkBatchCoverage('x', [b(1, 10), b(11, 19)], 20)).toThrow(/list has 20 entries/)
    expect(() => checkBatchCoverage('x', [b(2, 20)], 20)).toThrow(OfficialListError)
    const broken = METI_BATCHES['meti-russia'].slice(0, -1)
    expect(() =>
      parseMetiList(text('meti-export-ban-russia-2025-09-12.txt'), 'meti-russia', { batches: broken }),
    ).toThrow(/cover entries 1–559, but the list has 561/)
  })

  it('keeps the split entries as one entry with their parts', () => {
    const defence = russia.designations[22]
    expect(defence?.nameEn).toMatch(/^Ministry of Defence of the Russian Federation/)
    expect(defence?.parts.map((p) => p.nameJa)).toEqual([
      '国防省(連邦軍及び場所を問わず全ての運用部隊を含む)',
      '露連邦の国軍(地上軍、海軍、海軍歩兵部隊、航空宇宙軍及び沿岸部隊)',
      '国家親衛軍と警察',
      '諜報及び偵察機関',
    ])
    expect(defence?.parts[2]?.nameEn).toBe('the national guard and national police')
    expect(belarus.designations[0]?.parts).toHaveLength(4)
    expect(belarus.designations[0]?.parts[1]?.nameJa).toBe('ベラルーシ軍(陸軍及び空軍・防空軍)')
    const split = [...russia.designations, ...third.designations, ...belarus.designations].filter(
      (d) => d.parts.length > 0,
    )
    expect(split.map((d) => `${d.list} ${d.entry}`)).toEqual(['meti-russia 23', 'meti-belarus 1'])
  })

  it('marks third-country entries 2 and 3 as the same company under two addresses', () => {
    const [, two, three] = third.designations
    expect(two).toMatchObject({ entry: 2, sameAs: [3], country: 'SY' })
    expect(three).toMatchObject({ entry: 3, sameAs: [2], country: 'AE' })
    expect(two?.nameEn).toBe(three?.nameEn)
    expect(third.designations.filter((d) => d.sameAs.length > 0)).toHaveLength(2)
    expect(russia.designations.filter((d) => d.sameAs.length > 0)).toHaveLength(0)
  })

  it('refuses a text that is not a METI list', () => {
    expect(() => parseMetiList('hello', 'meti-russia')).toThrow(OfficialListError)
  })
})
