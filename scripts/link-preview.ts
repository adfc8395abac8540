/**
 * Build step, with the prerender: the picture and words a shared link shows (Open Graph and Twitter
 * cards). The picture is the default timeline as `?embed=timeline` draws it, without its controls, so
 * a link pasted into a chat or a post shows the chart with its title and summary.
 *
 * Scrapers want absolute addresses: set SITE_URL to the address dist/ is served from (for example
 * `SITE_URL=https://example.org/sanctions/ npm run build`). Without it the tags use relative addresses,
 * which browsers and some scrapers resolve but others ignore.
 */
import type { Page } from 'playwright-core'

import { escapeHtml } from '../src/lib/escape-html.ts'

export const CARD = { file: 'og-timeline.png', width: 1200, height: 630 } as const

export interface LinkPreview {
  png: Buffer
  /** The figure's title, as the chart shows it. */
  title: string
  /** The chart's own text summary (the same sentence screen readers get). */
  summary: string
}

/** Draws the default timeline alone at the card's size and reads its title and summary. */
export async function captureLinkPreview(page: Page, siteRoot: string): Promise<LinkPreview> {
  await page.setViewportSize({ width: CARD.width, height: CARD.height })
  await page.goto(`${siteRoot}?lang=en&embed=timeline`)
  const figure = page.locator('figure').first()
  await figure.locator('.recharts-bar-rectangle').first().waitFor({ timeout: 30_000 })
  // A picture has no use for the controls, the notes below the chart or the link to the full view.
  await page.addStyleTag({
    content: '.chart-controls, .embed-footer, .annotations { display: none !important }',
  })
  // Centred in the card: the room the controls leave is shared above and below.
  const box = await figure.boundingBox()
  if (box !== null && box.y + box.height < CARD.height) {
    const spare = Math.floor((CARD.height - box.height) / 2 - box.y)
    await page.addStyleTag({ content: `html { padding-top: ${Math.max(0, spare)}px }` })
  }
  await page.evaluate(() => document.fonts.ready)
  const title = (await figure.locator('.chart-title').innerText()).trim()
  const summary = (await figure.locator('.chart-summary').innerText()).trim()
  const png = await page.screenshot({ clip: { x: 0, y: 0, width: CARD.width, height: CARD.height } })
  return { png, title, summary }
}

/** Cards show a line or two: the summary's first sentence (which names the largest tranche). */
const firstSentence = (text: string): string => /^.*?[.。](?=\s|$)/.exec(text)?.[0] ?? text

/** The <meta> tags for the head of index.html. `siteUrl` absolute (ending in /) or undefined. */
export function linkPreviewTags(
  preview: Omit<LinkPreview, 'png'>,
  siteName: string,
  siteUrl: string | undefined,
): string {
  const image = siteUrl === undefined ? `./${CARD.file}` : new URL(CARD.file, siteUrl).href
  const title = `${siteName}: ${preview.title.replace(/^Japan's sanctions: /, '')}`
  const description = firstSentence(preview.summary)
  const alt = `${preview.title}. ${preview.summary}`
  const tags: [string, string, string][] = [
    ...(siteUrl === undefined ? [] : [['property', 'og:url', siteUrl] as [string, string, string]]),
    ['property', 'og:type', 'website'],
    ['property', 'og:site_name', siteName],
    ['property', 'og:title', title],
    ['property', 'og:description', description],
    ['property', 'og:image', image],
    ['property', 'og:image:type', 'image/png'],
    ['property', 'og:image:width', String(CARD.width)],
    ['property', 'og:image:height', String(CARD.height)],
    ['property', 'og:image:alt', alt],
    ['name', 'twitter:card', 'summary_large_image'],
    ['name', 'twitter:title', title],
    ['name', 'twitter:description', description],
    ['name', 'twitter:image', image],
    ['name', 'twitter:image:alt', alt],
  ]
  return tags
    .map(([kind, key, value]) => `<meta ${kind}="${key}" content="${escapeHtml(value)}" />`)
    .join('\n    ')
}
