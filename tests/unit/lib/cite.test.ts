/**
 * The citation builders: APA 7, Chicago 17 and SIST 02 in both languages, BibTeX (escaped) and CSL-JSON,
 * for the whole view and for one figure, with and without an author.
 */
import { describe, expect, it } from 'vitest'

import { bibtex, bibtexUrl, escapeBibtex } from '@/lib/cite/bibtex'
import {
  citationKey,
  htmlText,
  isoParts,
  monthDayYear,
  plainText,
  terminate,
  type CiteInput,
} from '@/lib/cite/cite-input'
import { cslItem, cslJson } from '@/lib/cite/csl-json'
import { apa, chicago, citation, CITATION_STYLES, sist } from '@/lib/cite/styles'

const URL_EN = 'https://example.org/dash/?types=asset_freeze,export_ban&from=2023-01-01&lang=en'
const URL_JA = 'https://example.org/dash/?types=asset_freeze&lang=ja'

const en: CiteInput = {
  title: "Japan's sanctions on Russia",
  version: '2.0.0',
  asOf: '2025-12-17',
  url: URL_EN,
  accessed: '2026-03-05',
  locale: 'en',
}

const ja: CiteInput = {
  title: '日本の対ロシア制裁',
  translatedTitle: "Japan's sanctions on Russia",
  version: '2.0.0',
  asOf: '2025-12-17',
  url: URL_JA,
  accessed: '2026-03-05',
  locale: 'ja',
}

const text = (f: typeof apa, input: CiteInput) => plainText(f(input))

describe('APA 7 (a data set)', () => {
  it('starts with the title when the dataset names no author, the date after it', () => {
    expect(text(apa, en)).toBe(
      `Japan's sanctions on Russia (Version 2.0.0) [Data set]. (2025, December 17). Retrieved March 5, 2026, from ${URL_EN}`,
    )
    // The title is italic, nothing else.
    expect(apa(en).filter((s) => s.italic === true)).toEqual([
      { text: "Japan's sanctions on Russia", italic: true },
    ])
  })

  it('puts the author first, then the date and the title', () => {
    expect(text(apa, { ...en, publisher: 'Sanctions Desk' })).toBe(
      `Sanctions Desk. (2025, December 17). Japan's sanctions on Russia (Version 2.0.0) [Data set]. Retrieved March 5, 2026, from ${URL_EN}`,
    )
  })

  it('cites a figure as a part of the data set ("In")', () => {
    expect(text(apa, { ...en, figureTitle: 'Russia’s entry bans on Japanese nationals' })).toBe(
      `Russia’s entry bans on Japanese nationals. (2025, December 17). In Japan's sanctions on Russia (Version 2.0.0) [Data set]. Retrieved March 5, 2026, from ${URL_EN}`,
    )
    expect(text(apa, { ...en, publisher: 'Desk', figureTitle: 'Why?' })).toMatch(
      /^Desk\. \(2025, December 17\)\. Why\? In Japan's/,
    )
  })

  it('keeps the Japanese title, with its English translation in brackets, on a Japanese page', () => {
    expect(text(apa, ja)).toBe(
      `日本の対ロシア制裁 [Japan's sanctions on Russia] (Version 2.0.0) [Data set]. (2025, December 17). Retrieved March 5, 2026, from ${URL_JA}`,
    )
    expect(apa(ja)[0]).toEqual({ text: '日本の対ロシア制裁', italic: true })
  })
})

describe('Chicago 17 (bibliography)', () => {
  it('gives title, version, last modified, accessed and the link', () => {
    expect(text(chicago, en)).toBe(
      `Japan's sanctions on Russia. Version 2.0.0. Last modified December 17, 2025. Accessed March 5, 2026. ${URL_EN}.`,
    )
  })

  it('quotes a figure and names the author first', () => {
    expect(text(chicago, { ...en, publisher: 'Sanctions Desk', figureTitle: 'Entry bans' })).toBe(
      `Sanctions Desk. “Entry bans.” In Japan's sanctions on Russia. Version 2.0.0. Last modified December 17, 2025. Accessed March 5, 2026. ${URL_EN}.`,
    )
  })

  it('gives the Japanese title with its translation', () => {
    expect(text(chicago, ja)).toMatch(
      /^日本の対ロシア制裁 \[Japan's sanctions on Russia\]\. Version 2\.0\.0\./,
    )
    expect(htmlText(chicago(ja))).toMatch(/^<i>日本の対ロシア制裁<\/i> \[Japan's sanctions on Russia\]\. /)
  })
})

describe('SIST 02 (an online resource)', () => {
  it('in Japanese: 著者名. "タイトル". サイト名. 版, 更新日. URL, (参照 日付).', () => {
    expect(text(sist, { ...ja, publisher: '制裁調査室', figureTitle: 'ロシアによる日本人の入国禁止' })).toBe(
      `制裁調査室. "ロシアによる日本人の入国禁止". 日本の対ロシア制裁. 2.0.0版, 2025-12-17. ${URL_JA}, (参照 2026-03-05).`,
    )
    // The whole view: the site is the title, without quotes.
    expect(text(sist, ja)).toBe(`日本の対ロシア制裁. 2.0.0版, 2025-12-17. ${URL_JA}, (参照 2026-03-05).`)
  })

  it('in English: (accessed …)', () => {
    expect(text(sist, en)).toBe(
      `Japan's sanctions on Russia. Version 2.0.0, 2025-12-17. ${URL_EN}, (accessed 2026-03-05).`,
    )
  })

  it('every style carries the title, version, as-of date, access date and the link with its filters', () => {
    for (const input of [en, ja]) {
      for (const style of CITATION_STYLES) {
        const out = plainText(citation(style, input))
        expect(out).toContain(input.title)
        expect(out).toContain('2.0.0')
        expect(out).toMatch(/2025-12-17|December 17, 2025|2025, December 17/)
        expect(out).toMatch(/2026-03-05|March 5, 2026/)
        expect(out).toContain(input.url)
        expect(out).toContain(`lang=${input.locale}`)
        expect(out).toContain('types=asset_freeze')
      }
    }
  })
})

describe('the pieces', () => {
  it('reads dates and refuses what is not one', () => {
    expect(isoParts('2026-03-05')).toEqual({ year: 2026, month: 3, day: 5 })
    expect(monthDayYear('2022-02-01')).toBe('February 1, 2022')
    expect(() => isoParts('5 March 2026')).toThrow()
    expect(() => isoParts('2026-13-01')).toThrow()
  })

  it('ends a part with one full stop', () => {
    expect(terminate('Title')).toBe('Title.')
    expect(terminate('Title.')).toBe('Title.')
    expect(terminate('Why? ')).toBe('Why?')
    expect(terminate('制裁。')).toBe('制裁。')
  })

  it('escapes HTML in the copied rich text', () => {
    expect(htmlText([{ text: 'A & <B>', italic: true }, { text: ' "c"' }])).toBe(
      '<i>A &amp; &lt;B&gt;</i> &quot;c&quot;',
    )
  })

  it('makes the same ASCII key in both languages, with the figure anchor', () => {
    expect(citationKey(en)).toBe('japans-sanctions-on-russia-2025')
    expect(citationKey(ja)).toBe('japans-sanctions-on-russia-2025')
    expect(citationKey({ ...ja, url: `${URL_JA}#russia-japan-entry-bans` })).toBe(
      'japans-sanctions-on-russia-2025-russia-japan-entry-bans',
    )
    expect(citationKey({ ...ja, translatedTitle: undefined })).toBe('dataset-2025')
  })
})

describe('BibTeX', () => {
  it('escapes TeX special characters once each', () => {
    expect(escapeBibtex('R&D 50% #1 a_b {x} $5 ^ ~ \\')).toBe(
      'R\\&D 50\\% \\#1 a\\_b \\{x\\} \\$5 \\^{} \\~{} \\textbackslash{}',
    )
    expect(escapeBibtex('two\n  lines')).toBe('two lines')
  })

  it('keeps a URL verbatim but for what would break the field', () => {
    expect(bibtexUrl('https://x.org/?q=a%20b&c=1#f')).toBe('https://x.org/?q=a%20b&c=1#f')
    expect(bibtexUrl('https://x.org/{a}\\b c')).toBe('https://x.org/%7Ba%7D%5Cb%20c')
  })

  it('writes a @misc entry with title, author, year, version, url, urldate and note', () => {
    const entry = bibtex({ ...en, publisher: 'R&D Desk', figureTitle: 'Bans_2022 {draft} 100%' })
    expect(entry.startsWith('@misc{japans-sanctions-on-russia-2025,\n')).toBe(true)
    expect(entry).toContain('title        = {{Bans\\_2022 \\{draft\\} 100\\%}},')
    expect(entry).toContain('author       = {{R\\&D Desk}},')
    expect(entry).toContain('organization = {R\\&D Desk},')
    expect(entry).toContain('year         = {2025},')
    expect(entry).toContain('version      = {2.0.0},')
    expect(entry).toContain(`url          = {${URL_EN}},`)
    expect(entry).toContain('urldate      = {2026-03-05},')
    expect(entry).toContain(
      `note         = {Figure in "Japan's sanctions on Russia". Data set, version 2.0.0, data as of 2025-12-17},`,
    )
    expect(entry).toContain('language     = {english},')
    expect(entry.endsWith('\n}\n')).toBe(true)
    // Balanced braces: the entry parses.
    const opens = entry.replace(/\\[{}]/g, '').split('{').length
    const closes = entry.replace(/\\[{}]/g, '').split('}').length
    expect(opens).toBe(closes)
  })

  it('says what was cited in Japanese on a Japanese page', () => {
    const entry = bibtex(ja)
    expect(entry).toContain('title    = {{日本の対ロシア制裁}},')
    expect(entry).toContain('note     = {データセット（2.0.0版、2025年12月17日時点）},')
    expect(entry).toContain('language = {japanese},')
    expect(entry).not.toContain('author')
    expect(bibtex({ ...ja, figureTitle: '入国禁止' })).toContain(
      'note     = {「日本の対ロシア制裁」データセット（2.0.0版、2025年12月17日時点）の図},',
    )
  })
})

describe('CSL-JSON', () => {
  it('is one dataset item with issued, accessed, version, URL, title, author and language', () => {
    const items = JSON.parse(
      cslJson({ ...ja, publisher: '制裁調査室', figureTitle: '入国禁止' }),
    ) as unknown[]
    expect(items).toEqual([
      {
        id: 'japans-sanctions-on-russia-2025',
        type: 'dataset',
        title: '入国禁止',
        'container-title': '日本の対ロシア制裁',
        author: [{ literal: '制裁調査室' }],
        publisher: '制裁調査室',
        version: '2.0.0',
        issued: { 'date-parts': [[2025, 12, 17]] },
        accessed: { 'date-parts': [[2026, 3, 5]] },
        URL: URL_JA,
        language: 'ja',
        note: "English title: Japan's sanctions on Russia",
      },
    ])
  })

  it('leaves out what the dataset does not give', () => {
    const item = cslItem(en)
    expect(item.title).toBe("Japan's sanctions on Russia")
    expect('author' in item).toBe(false)
    expect('container-title' in item).toBe(false)
    expect('note' in item).toBe(false)
    expect(item.language).toBe('en')
  })
})
