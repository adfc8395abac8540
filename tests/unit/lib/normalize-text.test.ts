import { describe, expect, it } from 'vitest'

import { foldText, matchRanges, queryTerms } from '@/lib/normalize-text'

describe('foldText', () => {
  it.each([
    ['Quantum', 'quantum'],
    ['Café Zürich', 'cafe zurich'],
    ['ＨＳ２２０８', 'hs2208'],
    ['量子計算機', '量子計算機'],
    ['ガス', 'ガス'],
  ])('%s → %s', (text, expected) => {
    expect(foldText(text)).toBe(expected)
  })
})

describe('queryTerms', () => {
  it('splits on spaces and folds each term', () => {
    expect(queryTerms('  Électron   MICROSCOPES ')).toEqual(['electron', 'microscopes'])
  })
})

describe('matchRanges', () => {
  it.each([
    ['Quantum computers', ['quantum'], [[0, 7]]],
    ['Café machines', ['cafe'], [[0, 4]]],
    [
      'electron and electron',
      ['electron'],
      [
        [0, 8],
        [13, 21],
      ],
    ],
    [
      '量子計算機その他の量子',
      ['量子'],
      [
        [0, 2],
        [9, 11],
      ],
    ],
    ['overlapping', ['overl', 'lapping'], [[0, 11]]],
    ['no match', ['zzz'], []],
    ['anything', [], []],
  ] as const)('finds %s matches of %j at %j', (text, terms, expected) => {
    expect(matchRanges(text, terms)).toEqual(expected)
  })

  it('maps folded matches back onto the original text, whatever the width or accents', () => {
    const text = 'ＨＳ２２０８ Eau-de-vie'
    const [range] = matchRanges(text, queryTerms('2208'))
    expect(range && text.slice(...range)).toBe('２２０８')
  })
})
