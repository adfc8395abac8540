// A shared link shows the chart: the build's Open Graph / Twitter tags name a PNG of the default timeline,
// and their words are the chart's own title and summary (scripts/link-preview.ts).
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { newCheckedPage } from './support/browser.mjs'
import { pngSize, pngStats } from './support/png.mjs'
import { useBrowserSuite } from './support/suite.mjs'

const suite = useBrowserSuite()

describe('the link preview', () => {
  it('names a 1200×630 picture of the default timeline, titled and described as the chart is', async () => {
    const { page, context, errors } = await newCheckedPage(suite.browser)
    await page.goto(`${suite.server.url}?lang=en`)
    const meta = await page.evaluate(() =>
      Object.fromEntries(
        [...document.head.querySelectorAll('meta[property^="og:"], meta[name^="twitter:"]')].map((m) => [
          m.getAttribute('property') ?? m.getAttribute('name'),
          m.getAttribute('content'),
        ]),
      ),
    )
    assert.equal(meta['twitter:card'], 'summary_large_image')
    assert.equal(meta['og:image'], meta['twitter:image'])
    assert.equal(meta['og:title'], "Japan's sanctions on Russia: individuals under asset freeze")

    // The description is the first sentence of the summary the live chart shows, which names 499.
    const figure = page.getByRole('figure', { name: "Japan's sanctions: individuals under asset freeze" })
    const summary = await figure.locator('.chart-summary').innerText()
    assert.ok(summary.startsWith(meta['og:description']), `${meta['og:description']} / ${summary}`)
    assert.match(meta['og:description'], /taking the total to 499\.$/)
    assert.ok(meta['og:image:alt'].includes(meta['og:description']))

    // The picture: served beside index.html, a PNG of the size the tags state, with a chart's colours.
    const response = await page.request.get(new URL(meta['og:image'], page.url()).href)
    assert.equal(response.status(), 200)
    assert.equal(response.headers()['content-type'], 'image/png')
    const png = Buffer.from(await response.body())
    assert.deepEqual(pngSize(png), {
      width: Number(meta['og:image:width']),
      height: Number(meta['og:image:height']),
    })
    assert.deepEqual(pngSize(png), { width: 1200, height: 630 })
    const stats = pngStats(png)
    assert.ok(stats.colours > 100, `a drawn chart, not a blank card (${stats.colours} colours)`)
    assert.deepEqual(errors, [])
    await context.close()
  })
})
