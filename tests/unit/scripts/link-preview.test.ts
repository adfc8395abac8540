import { describe, expect, it } from 'vitest'

import { linkPreviewTags } from '../../../scripts/link-preview'

const preview = {
  title: "Japan's sanctions: individuals under asset freeze",
  summary: 'A added 398, taking the total to 499. 7 were removed <in> that time & more.',
}
const content = (tags: string, key: string): string | undefined =>
  new RegExp(`(?:property|name)="${key}" content="([^"]*)"`).exec(tags)?.[1]

describe('the link-preview tags', () => {
  it('name the picture by an absolute address under SITE_URL, with og:url', () => {
    const tags = linkPreviewTags(preview, "Japan's sanctions on Russia", 'https://example.org/sanctions/')
    expect(content(tags, 'og:url')).toBe('https://example.org/sanctions/')
    expect(content(tags, 'og:image')).toBe('https://example.org/sanctions/og-timeline.png')
    expect(content(tags, 'twitter:image')).toBe('https://example.org/sanctions/og-timeline.png')
  })

  it('fall back to a relative address, without og:url, when the site address is unknown', () => {
    const tags = linkPreviewTags(preview, "Japan's sanctions on Russia", undefined)
    expect(content(tags, 'og:url')).toBeUndefined()
    expect(content(tags, 'og:image')).toBe('./og-timeline.png')
  })

  it("describe with the summary's first sentence and escape what would break the attribute", () => {
    const tags = linkPreviewTags(preview, "Japan's sanctions on Russia", undefined)
    expect(content(tags, 'og:description')).toBe('A added 398, taking the total to 499.')
    expect(content(tags, 'og:image:alt')).toBe(
      "Japan's sanctions: individuals under asset freeze. A added 398, taking the total to 499. 7 were removed &lt;in&gt; that time &amp; more.",
    )
    expect(content(tags, 'og:title')).toBe("Japan's sanctions on Russia: individuals under asset freeze")
  })
})
