// Exporting every chart, with a filter active: PNG at 2× and 4×, SVG, CSV, each carrying title and source.
import assert from 'node:assert/strict'
import { mkdir, readFile } from 'node:fs/promises'
import { before, describe, it } from 'node:test'

import { newCheckedPage } from './support/browser.mjs'
import { pngSize, pngStats } from './support/png.mjs'
import { DIST, useBrowserSuite } from './support/suite.mjs'

const OUT = new URL('../../test-results/exports/', import.meta.url).pathname

const suite = useBrowserSuite()
before(() => mkdir(OUT, { recursive: true }))

const FILTER_WORDS = 'Asset freeze, Export ban, Import ban, Entry ban · 1 Mar – 5 Dec 2022'
// The years of Russia's yearly shares in the bundled dataset: the trend figure's period, which no filter changes.
const dataset = JSON.parse(await readFile(`${DIST}data/sanctions.json`, 'utf8'))
const trendYears = dataset.energy.dependencies
  .filter((d) => ['lng', 'crude_oil', 'coal'].includes(d.commodity) && d.share.unit === '%')
  .map((d) => d.year)
const [firstYear, lastYear] = [Math.min(...trendYears), Math.max(...trendYears)]

/**
 * What each exported figure must carry, by title. The timeline charts and the oil and coal lanes follow
 * the page's filter; the LNG chart shows a year of shares, which no filter changes.
 */
const EXPECTED = [
  {
    title: /^Japan's LNG imports by supplier/,
    file: /^japan-lng-imports-by-supplier-2021-01-01_2021-12-31\.(png|svg|csv)$/,
    filters: 'Share of imports, % · 2021 · Russia highlighted',
    csvHeader: /^rank,country,year,share_pct,tonnes_mt,tonnes_basis,confidence/,
  },
  {
    title: /^How Japan left Russian oil and coal$/,
    file: /^japan-russia-oil-and-coal-phase-out-2022-03-01_2022-12-05\.(png|svg|csv)$/,
    filters: FILTER_WORDS,
    csvHeader: /^record,number,date,year,commodity,label,value,unit/,
  },
  {
    title: /^Russia's share of Japan's imports, by year$/,
    file: new RegExp(
      `^russia-share-of-japan-energy-imports-${firstYear}-01-01_${lastYear}-12-31\\.(png|svg|csv)$`,
    ),
    filters: `LNG, crude oil and coal, ${firstYear}–${lastYear}, as the sources give them`,
    csvHeader: /^commodity,year,share_pct,qualifier,derived,confidence,record/,
  },
  {
    title: /./,
    file: /^[a-z0-9-]+-2022-03-01_2022-12-05\.(png|svg|csv)$/,
    filters: FILTER_WORDS,
    csvHeader: /^announced,unit,added,running_total/,
  },
]
const expectedFor = (title) => EXPECTED.find((e) => e.title.test(title))

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
    const { page, context, errors } = await newCheckedPage(suite.browser, { acceptDownloads: true })
    // A closed range: the record grows, the exported period and filter words stay what this test checks.
    await page.goto(
      `${suite.server.url}?types=asset_freeze,entry_ban,import_ban,export_ban&from=2022-03-01&to=2022-12-05`,
    )
    await page.locator('figure .recharts-wrapper').first().waitFor()
    // The energy panel is loaded after the first screen: wait for it before counting figures.
    await page.locator('figure .lng-chart .recharts-bar-rectangle').first().waitFor()
    await page.getByRole('figure', { name: 'How Japan left Russian oil and coal' }).waitFor()
    const figures = page
      .locator('figure')
      .filter({ has: page.getByRole('button', { name: 'Export', exact: true }) })
    const count = await figures.count()
    // textContent: a panel off screen skips rendering (content-visibility), and innerText is then empty.
    const titles = await figures.locator('.chart-title').allTextContents()
    assert.ok(count >= 4, `expected the timeline and energy charts to be exportable, found ${titles}`)
    for (const e of EXPECTED.slice(0, 2))
      assert.ok(
        titles.some((t) => e.title.test(t)),
        `${e.title} exports`,
      )

    for (let i = 0; i < count; i++) {
      const figure = figures.nth(i)
      const title = (await figure.locator('.chart-title').textContent()) ?? ''
      const expected = expectedFor(title)
      const png = await exportAs(page, figure, 'Download PNG', { scale: 2 })
      assert.match(png.name, expected.file, png.name)
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
      assert.ok(words.includes(expected.filters), `${title}: the SVG states the filters`)
      assert.ok(words.includes('from=2022-03-01'), 'the SVG links to this view')

      const csv = await exportAs(page, figure, 'Download CSV')
      assert.match(csv.name, expected.file, csv.name)
      const lines = csv.buf
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .trim()
        .split(/\r\n/)
      assert.match(lines[0], expected.csvHeader, `${title}: CSV header`)
      assert.ok(lines.length > 1, `${title}: CSV has data rows`)
      assert.ok(
        lines.slice(1).some((l) => /https?:\/\//.test(l)),
        `${title}: CSV carries source URLs`,
      )
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

  it('exports the LNG chart in tonnes under its own name, at full width even from a phone', async () => {
    const { page, context, errors } = await newCheckedPage(suite.browser, {
      acceptDownloads: true,
      viewport: { width: 390, height: 844 },
    })
    await page.goto(suite.server.url)
    const figure = page.getByRole('figure', { name: /^Japan's LNG imports by supplier/ })
    await figure.locator('.recharts-bar-rectangle').first().waitFor()
    await figure.getByRole('radio', { name: 'Tonnes (Mt)' }).check()
    const png = await exportAs(page, figure, 'Download PNG', { scale: 2 })
    assert.equal(png.name, 'japan-lng-imports-by-supplier-tonnes-2021-01-01_2021-12-31.png')
    const stats = pngStats(png.buf)
    assert.ok(stats.width >= 1400, `tonnes PNG is ${stats.width} px wide`)
    assert.ok(stats.nonWhiteShare > 0.03, `tonnes PNG is nearly blank (${stats.nonWhiteShare})`)

    const text = (await exportAs(page, figure, 'Download SVG')).buf.toString('utf8')
    const words = [...text.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ')
    assert.ok(
      words.includes('Tonnes, Mt (derived from shares × 74.32 Mt, Russia published)'),
      'basis of tonnes',
    )
    // The phone's compact layout would set the country names in 12 px: the image uses the wide one.
    const russia = text.match(/<text[^>]*>Russia<\/text>/)?.[0] ?? ''
    assert.match(russia, /font-size="13"/, russia)
    assert.deepEqual(errors, [])
    await context.close()
  })

  it('says clearly when the browser refuses the clipboard', async () => {
    const { page, context } = await newCheckedPage(suite.browser)
    await page.goto(suite.server.url)
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
