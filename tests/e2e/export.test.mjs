// Exporting every chart, with a filter active: PNG at 2× and 4×, SVG, CSV, each carrying title and source.
import assert from 'node:assert/strict'
import { mkdir, readFile } from 'node:fs/promises'
import { after, before, describe, it } from 'node:test'

import { launchBrowser, newCheckedPage } from './support/browser.mjs'
import { pngSize, pngStats } from './support/png.mjs'
import { startStaticServer } from './support/static-server.mjs'

const DIST = new URL('../../dist/', import.meta.url).pathname
const OUT = new URL('../../test-results/exports/', import.meta.url).pathname

let browser
let server
before(async () => {
  browser = await launchBrowser()
  server = await startStaticServer({ root: DIST })
  await mkdir(OUT, { recursive: true })
})
after(async () => {
  await server?.close()
  await browser?.close()
})

async function exportAs(page, figure, button, { scale } = {}) {
  const toggle = figure.getByRole('button', { name: 'Export', exact: true })
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click()
  if (scale !== undefined) await figure.getByLabel('PNG scale').selectOption(String(scale))
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 20_000 }),
    figure.getByRole('button', { name: button }).click(),
  ])
  const path = `${OUT}${download.suggestedFilename()}`
  await download.saveAs(path)
  return { name: download.suggestedFilename(), buf: await readFile(path) }
}

describe('chart export', () => {
  it('downloads every chart as PNG and SVG with the filter, title and source in the image', async () => {
    const { page, context, errors } = await newCheckedPage(browser, { acceptDownloads: true })
    await page.goto(`${server.url}?types=asset_freeze,entry_ban,import_ban,export_ban&from=2022-03-01`)
    await page.locator('figure .recharts-wrapper').first().waitFor()
    const figures = page
      .locator('figure')
      .filter({ has: page.getByRole('button', { name: 'Export', exact: true }) })
    const count = await figures.count()
    assert.ok(count >= 2, `expected at least the two timeline charts to be exportable, found ${count}`)

    for (let i = 0; i < count; i++) {
      const figure = figures.nth(i)
      const title = await figure.locator('.chart-title').innerText()
      const png = await exportAs(page, figure, 'Download PNG', { scale: 2 })
      assert.match(png.name, /^[a-z0-9-]+-2022-03-01_2022-12-05\.png$/, png.name)
      const stats = pngStats(png.buf)
      assert.ok(stats.width >= 1400, `${title}: 2× PNG is ${stats.width} px wide`)
      assert.ok(stats.nonWhiteShare > 0.03, `${title}: PNG is nearly blank (${stats.nonWhiteShare})`)
      assert.ok(stats.colours > 20, `${title}: PNG has only ${stats.colours} colours`)

      const svg = await exportAs(page, figure, 'Download SVG')
      const text = svg.buf.toString('utf8')
      assert.match(text, /^<\?xml[^>]*>\s*<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/)
      assert.match(text, /viewBox="0 0 \d+ \d+"/)
      assert.ok(!text.includes('@import'), 'no external font import')
      // Long titles wrap onto several <text> lines: read the words back in order.
      const words = [...text.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ')
      const escapedTitle = title.replaceAll('&', '&amp;').replaceAll('<', '&lt;')
      assert.ok(words.includes(escapedTitle), `${title}: the SVG holds the title`)
      assert.ok(text.includes('Source: '), `${title}: the SVG holds the source line`)
      assert.ok(
        words.includes('Asset freeze, Export ban, Import ban, Entry ban · 1 Mar – 5 Dec 2022'),
        'the SVG states the filters',
      )
      assert.ok(words.includes('from=2022-03-01'), 'the SVG links to this view')

      const csv = await exportAs(page, figure, 'Download CSV')
      const lines = csv.buf
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .trim()
        .split(/\r\n/)
      assert.match(lines[0], /^announced,unit,added,running_total/)
      assert.ok(lines.length > 1)
      await figure.getByRole('button', { name: 'Export', exact: true }).click()
    }

    // A 4× export of the first chart: four times the CSS width.
    const first = figures.first()
    const big = await exportAs(page, first, 'Download PNG', { scale: 4 })
    const two = pngSize((await exportAs(page, first, 'Download PNG', { scale: 2 })).buf)
    assert.equal(pngSize(big.buf).width, two.width * 2)
    assert.deepEqual(errors, [])
    await context.close()
  })

  it('says clearly when the browser refuses the clipboard', async () => {
    const { page, context } = await newCheckedPage(browser)
    await page.goto(server.url)
    const figure = page.locator('figure').first()
    await figure.locator('.recharts-wrapper').waitFor()
    await figure.getByRole('button', { name: 'Export', exact: true }).click()
    await figure.getByRole('button', { name: 'Copy image' }).click()
    const status = figure.locator('.export-status')
    await status.filter({ hasText: /copied|refused|cannot/ }).waitFor({ timeout: 20_000 })
    assert.match(await status.innerText(), /Image copied to the clipboard\.|Use "Download PNG"/)
    await context.close()
  })
})
