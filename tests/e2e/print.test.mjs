// Printing gives a report: a PDF of several pages; in print no control shows, charts take the page's width
// with their tables under them, source links print their address, and the sources close the report.
import assert from 'node:assert/strict'
import { writeFile } from 'node:fs/promises'
import { describe, it } from 'node:test'

import { newCheckedPage } from './support/browser.mjs'
import { SHOTS, useBrowserSuite } from './support/suite.mjs'

const suite = useBrowserSuite()

/** Scrolls through the page so the lazily loaded panels draw, then back to the top. */
async function settle(page) {
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
  await page.locator('#timeline figure .recharts-bar-rectangle').first().waitFor()
  await page.locator('#energy .lng-chart .recharts-bar-rectangle').first().waitFor()
  await page.locator('#goods .goods-count').waitFor()
  await page.evaluate(() => window.scrollTo(0, 0))
}

/**
 * Controls the reader could see in print: every button, field and menu that is not display:none. Two
 * buttons carry the data's words and print as text, so they are not counted: a sortable column's heading
 * (once its arrows are hidden) and an energy figure's value (once it has no border).
 */
const visibleControls = (page) =>
  page.evaluate(() =>
    [
      ...document.querySelectorAll(
        'button, input, select, textarea, [role="tablist"], .skip-link, .drop-overlay',
      ),
    ]
      .filter((el) => el.closest('#prerender') === null && el.getClientRects().length > 0)
      .filter(
        (el) =>
          !(
            (el.matches('th .sort-button') &&
              el.querySelector('[aria-hidden]')?.getClientRects().length === 0) ||
            (el.matches('.fig-value') && getComputedStyle(el).borderBottomStyle === 'none')
          ),
      )
      .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`),
  )

describe('print', () => {
  for (const lang of ['en', 'ja']) {
    it(`prints a clean report (${lang})`, async () => {
      const { page, context, errors } = await newCheckedPage(suite.browser, {
        viewport: { width: 1000, height: 900 },
      })
      await page.goto(`${suite.server.url}?types=asset_freeze,export_ban&lang=${lang}`)
      await settle(page)
      const sourceCount = await page.evaluate(async () => {
        const r = await fetch('data/sanctions.json')
        return (await r.json()).sources.length
      })

      // On screen, nothing of the printout shows.
      assert.equal(await page.locator('.print-only:visible').count(), 0)
      assert.ok((await visibleControls(page)).length > 10, 'the screen has its controls')

      // A PDF of several pages (A4, as the print stylesheet asks).
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
      await writeFile(`${SHOTS}print-${lang}.pdf`, pdf)
      assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-')
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []
      assert.ok(pages.length >= 4, `the report has ${pages.length} pages`)

      // The print media, as the PDF was laid out: no control, charts at the page's width with their
      // tables, the view in words with its link, and the sources at the end.
      await page.emulateMedia({ media: 'print' })
      await page.locator('.print-sources li').first().waitFor()
      assert.deepEqual(await visibleControls(page), [])
      assert.equal(await page.locator('.print-sources li').count(), sourceCount)
      const view = await page.locator('.print-view').innerText()
      assert.match(view, new RegExp(`types=asset_freeze,export_ban&lang=${lang}`))
      const timeline = page.locator('#timeline figure').first()
      assert.equal(await timeline.locator('.print-table table').count(), 1, 'the chart’s table is printed')
      const widths = await timeline.evaluate((fig) => ({
        figure: fig.getBoundingClientRect().width,
        chart:
          fig.querySelector('.recharts-wrapper > svg.recharts-surface')?.getBoundingClientRect().width ?? 0,
      }))
      assert.ok(
        widths.chart > widths.figure * 0.9 && widths.chart <= widths.figure + 1,
        JSON.stringify(widths),
      )
      // No chart is split across two pages (its table may run on).
      const charts = await page
        .locator('figure .chart-body > :not(.print-table)')
        .evaluateAll((els) => els.map((el) => getComputedStyle(el).breakInside))
      assert.ok(charts.length >= 4 && charts.every((b) => b === 'avoid'), charts.join())
      const after = await page
        .locator('#energy a.source-link')
        .first()
        .evaluate((a) => getComputedStyle(a, '::after').content)
      assert.match(after, /https?:\/\//, 'a source link prints its address')
      await page.screenshot({ path: `${SHOTS}print-${lang}.png`, fullPage: true })

      // Back on screen: the tables the printout added are gone, the controls are back.
      await page.emulateMedia({ media: 'screen' })
      await page.locator('.print-table').first().waitFor({ state: 'detached' })
      assert.ok((await visibleControls(page)).length > 10)
      assert.deepEqual(errors, [])
      await context.close()
    })
  }
})
