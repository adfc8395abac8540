// The record over several years: a year preset narrows every panel and the URL, and a reload keeps it.
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { describe, it } from 'node:test'

import { newCheckedPage } from './support/browser.mjs'
import { DIST, SHOTS, useBrowserSuite } from './support/suite.mjs'

const dataset = JSON.parse(await readFile(`${DIST}data/sanctions.json`, 'utf8'))
const suite = useBrowserSuite()

const YEAR = '2024'
const inYear = (date) => date.startsWith(`${YEAR}-`)
/** The individuals tally: Japan's asset freezes on Russia-related individuals, as the timeline counts them. */
const individualTranches = dataset.measures.filter(
  (m) =>
    m.direction === 'JP→RU' &&
    m.type === 'asset_freeze' &&
    m.target === 'individual' &&
    (m.targetCountry === 'RU' || m.targetCountry === 'UA-occupied') &&
    m.added !== null &&
    inYear(m.announced),
)
const goodsInYear = dataset.goods.filter((g) => inYear(g.effective))
const TITLE = "Japan's sanctions: individuals under asset freeze"

describe('the record by year', () => {
  it(`narrows the chart, the table, the goods list and the URL to ${YEAR}, and keeps them on reload`, async () => {
    assert.ok(individualTranches.length > 0, `the bundled dataset has ${YEAR} asset-freeze rounds`)
    const { page, context, errors } = await newCheckedPage(suite.browser)
    await page.setViewportSize({ width: 1280, height: 900 })
    await page.goto(suite.server.url)
    const figure = page.getByRole('figure', { name: TITLE })
    await figure.locator('.recharts-bar-rectangle').first().waitFor()
    await page.screenshot({ path: `${SHOTS}years-all.png`, fullPage: false })

    const presets = page.getByRole('group', { name: 'Date presets' })
    await presets.getByRole('button', { name: YEAR, exact: true }).click()
    await page.waitForURL(new RegExp(`from=${YEAR}-01-01&to=${YEAR}-12-31`))
    // The chart follows the filter one step behind (a deferred render), so wait for it to settle. The
    // timeline panel holds more than one figure, so count the named one's bars only.
    await page
      .waitForFunction(
        ([title, n]) =>
          [...document.querySelectorAll('figure')]
            .find((f) => f.querySelector('.chart-title')?.textContent === title)
            ?.querySelectorAll('.recharts-bar-rectangle').length === n,
        [TITLE, individualTranches.length],
        { timeout: 30_000 },
      )
      .catch(async (error) => {
        await page.screenshot({ path: `${SHOTS}years-${YEAR}-unsettled.png`, fullPage: true })
        throw error
      })

    const seen = async () => {
      const bars = await figure.locator('.recharts-bar-rectangle').count()
      await figure.getByRole('tab', { name: 'Table' }).click()
      // The switch shows the choice at once and the table follows in a transition: wait for its rows.
      await figure.getByRole('table').locator('tbody tr').first().waitFor()
      const rows = await figure.getByRole('table').locator('tbody tr').allInnerTexts()
      await figure.getByRole('tab', { name: 'Chart' }).click()
      await page.locator('#goods .goods-count').waitFor()
      const goods = await page.locator('#goods [role="status"]').first().innerText()
      const pressed = await presets.getByRole('button', { pressed: true }).innerText()
      return { bars, rows, goods, pressed }
    }
    const before = await seen()
    assert.equal(before.bars, individualTranches.length)
    assert.equal(before.rows.length, individualTranches.length)
    for (const row of before.rows) assert.match(row, new RegExp(`\\b${YEAR}\\b`), row)
    assert.match(before.goods, new RegExp(`^${goodsInYear.length} of ${dataset.goods.length} items`))
    assert.equal(before.pressed, YEAR)
    await page.screenshot({ path: `${SHOTS}years-${YEAR}.png`, fullPage: true })

    await page.reload()
    await figure.locator('.recharts-bar-rectangle').first().waitFor()
    assert.match(new URL(page.url()).search, new RegExp(`from=${YEAR}-01-01&to=${YEAR}-12-31`))
    assert.deepEqual(await seen(), before)
    assert.deepEqual(errors, [])
    await context.close()
  })

  it('breaks the tally down by target country, in the URL too', async () => {
    const { page, context, errors } = await newCheckedPage(suite.browser)
    await page.setViewportSize({ width: 1280, height: 900 })
    await page.goto(`${suite.server.url}?series=export-entities&by=country`)
    const figure = page.getByRole('figure', { name: "Japan's sanctions: organisations under export ban" })
    await figure.locator('.recharts-bar-rectangle').first().waitFor()
    assert.equal(await figure.getByRole('checkbox', { name: 'By target country' }).isChecked(), true)
    const legend = await figure.getByRole('list', { name: 'Legend' }).innerText()
    for (const group of ['Russia', 'Belarus', 'Third countries']) assert.match(legend, new RegExp(group))
    await figure.screenshot({ path: `${SHOTS}years-breakdown.png` })
    assert.deepEqual(errors, [])
    await context.close()
  })
})
