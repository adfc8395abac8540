import { describe, expect, it } from 'vitest'

import { getI18n } from '@/lib/i18n/i18n'
import { loadCatalogue } from '@/lib/i18n/catalogues'
import { negotiateLocale } from '@/lib/i18n/locales'
import { fillTemplate, pickTemplate } from '@/lib/i18n/translate'
import { said, say } from '@/lib/i18n/said'

describe('translate', () => {
  it.each([
    ['{a} and {b}', { a: 'x', b: 2000 }, 'x and 2,000'],
    ['no placeholders', {}, 'no placeholders'],
    ['{missing} stays', {}, '{missing} stays'],
    ['{a}{a}', { a: 'y' }, 'yy'],
  ])('fills %s', (template, params, expected) => {
    expect(fillTemplate(template, params, (n) => n.toLocaleString('en-GB')).join('')).toBe(expected)
  })

  it('keeps non-string parameters as pieces, for elements', () => {
    const el = { element: true }
    expect(fillTemplate('see {link}.', { link: el }, String)).toEqual(['see ', el, '.'])
  })

  it('does not read inherited properties as parameters', () => {
    expect(fillTemplate('{constructor}', {}, String).join('')).toBe('{constructor}')
  })

  it.each([
    [1, 'en', 'one'],
    [2, 'en', 'other'],
    [0, 'en', 'other'],
    [1, 'ja', 'other'],
  ] as const)('picks the plural form for %s in %s', (count, locale, expected) => {
    expect(pickTemplate({ one: 'one', other: 'other' }, count, new Intl.PluralRules(locale))).toBe(expected)
  })

  it.each([
    [['ja-JP', 'en-US'], 'ja'],
    [['en-US'], 'en'],
    [['fr-FR', 'ja'], 'ja'],
    [['fr-FR'], 'en'],
    [[], 'en'],
  ] as const)('negotiates %j to %s', (preferred, expected) => {
    expect(negotiateLocale(preferred)).toBe(expected)
  })

  it('says a stored message in either language', async () => {
    await loadCatalogue('ja')
    const m = said('type.russiaOnly', { type: 'x' })
    expect(say(getI18n('en').t, m)).toBe('x (Russia)')
    expect(say(getI18n('ja').t, m)).toBe('x（ロシア）')
  })
})
