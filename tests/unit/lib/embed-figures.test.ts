/** Reading `?embed=` and writing the <iframe> snippet: pure, so tested without a page. */
import { describe, expect, it } from 'vitest'

import { EMBED_FIGURES, embedUrl, fullViewUrl, iframeSnippet, parseEmbed } from '@/lib/embed-figures'

describe('parseEmbed', () => {
  it('knows each figure by name, says which name it does not know, and ignores a page without it', () => {
    for (const figure of EMBED_FIGURES)
      expect(parseEmbed(`?lang=ja&embed=${figure}`)).toEqual({ kind: 'figure', figure })
    expect(parseEmbed('?embed=pie')).toEqual({ kind: 'unknown', value: 'pie' })
    expect(parseEmbed(`?embed=${'x'.repeat(500)}`)).toEqual({ kind: 'unknown', value: 'x'.repeat(40) })
    expect(parseEmbed('?types=asset_freeze')).toEqual({ kind: 'none' })
  })
})

describe('embed and full-view addresses', () => {
  it('adds the figure to the view, drops the fragment, and takes it off again for the full view', () => {
    const src = embedUrl('https://example.org/jp/?types=asset_freeze,export_ban&lang=ja#timeline', 'lng')
    expect(src).toBe('https://example.org/jp/?types=asset_freeze,export_ban&lang=ja&embed=lng')
    expect(fullViewUrl(src)).toBe('https://example.org/jp/?types=asset_freeze,export_ban&lang=ja')
  })
})

describe('iframeSnippet', () => {
  it('escapes the address and title for the attribute, and carries the height', () => {
    const snippet = iframeSnippet(
      'https://example.org/?a=1&embed=timeline',
      'Japan\'s "sanctions" <2022>',
      720,
    )
    expect(snippet).toBe(
      '<iframe src="https://example.org/?a=1&amp;embed=timeline" title="Japan\'s &quot;sanctions&quot; &lt;2022&gt;" width="100%" height="720" style="border:0;max-width:100%" loading="lazy"></iframe>',
    )
  })
})
