import { describe, expect, it } from 'vitest'

import {
  englishText,
  fallbackCount,
  fallbackLanguage,
  localizeDataset,
  localizeRecord,
  originalOf,
} from '@/data/localize'

import { loadBilingual2022 } from '../../fixtures/bundled-dataset'

describe('localizeDataset', () => {
  const raw = loadBilingual2022()

  it('gives every text in the reader’s language, keeping the original', () => {
    const ja = localizeDataset(raw, 'ja')
    expect(ja.meta.title).toBe('日本の対ロシア制裁(2022年)')
    expect(localizeDataset(raw, 'en').meta.title).toBe("Japan's sanctions on Russia, 2022")
    expect(originalOf(ja)).toBe(raw)
    expect(localizeDataset(raw, 'ja')).toBe(ja)
  })

  it('marks a text shown in the other language, and still reads its English', () => {
    const record = localizeRecord({ title: { en: 'Only English', ja: null }, id: 'x' }, 'ja')
    expect(record.title).toBe('Only English')
    expect(fallbackLanguage(record, 'title')).toBe('en')
    expect(
      englishText(localizeRecord({ label: { en: 'LNG from Russia', ja: 'ロシア産LNG' } }, 'ja'), 'label'),
    ).toBe('LNG from Russia')
  })

  it('does not copy records that hold no bilingual text', () => {
    const plain = { id: 'g', hsCodes: ['22.03'], note: undefined }
    const list = [plain]
    expect(localizeRecord(list, 'ja')).toBe(list)
    const mixed = [plain, { id: 'h', note: { en: 'n', ja: '注' } }]
    const out = localizeRecord(mixed, 'ja')
    expect(out[0]).toBe(plain)
    expect(out[1]).toEqual({ id: 'h', note: '注' })
  })
})

describe('the bundled dataset in Japanese', () => {
  it('has every text in Japanese except publishers’ names', () => {
    expect(fallbackCount(localizeDataset(loadBilingual2022(), 'ja'))).toBe(0)
  })
})

describe('localizeDataset on the goods list', () => {
  const raw = loadBilingual2022()

  it('localizes only goods with a bilingual note, and gives the same texts as localizing each record', () => {
    const [first, second, ...others] = raw.goods
    if (first === undefined || second === undefined) throw new Error('the bundled dataset has goods')
    const noted = { ...second, note: { en: 'Only in English', ja: null } }
    const plain = { ...first }
    delete plain.note
    const dataset = { ...raw, goods: [plain, noted, ...others] }
    const ja = localizeDataset(dataset, 'ja')
    expect(ja.goods[0]).toBe(plain)
    expect(ja.goods[1]?.note).toBe('Only in English')
    expect(fallbackLanguage(ja.goods[1] as object, 'note')).toBe('en')
    expect(ja.goods).toEqual(localizeRecord(dataset.goods, 'ja'))
    expect(originalOf(ja)).toBe(dataset)
  })

  it('returns a dataset without bilingual text as it is', () => {
    const english = JSON.parse(JSON.stringify(localizeDataset(raw, 'en'))) as unknown as typeof raw
    expect(localizeDataset(english, 'ja')).toBe(english)
    expect(originalOf(localizeDataset(english, 'ja'))).toBeNull()
  })
})
