// Filtering the whole page by measure type and date, and sharing the exact view by link.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import AxeBuilder from '@axe-core/playwright'

import { newCheckedPage } from './support/browser.mjs'
import { SHOTS, useBrowserSuite } from './support/suite.mjs'

const suite = useBrowserSuite()

const typeGroup = (page) => page.getByRole('group', { name: 'Measure type' })

describe('shareable view', () => {
  it('filters the page to export bans, puts it in the URL, and restores it on reload', async () => {
    const { page, context, errors } = await newCheckedPage(suite.browser)
    await page.goto(suite.server.url)
    await page.getByRole('figure', { name: "Japan's sanctions: individuals under asset freeze" }).waitFor()

    // Tick off everything but "Export ban".
    const boxes = await typeGroup(page).getByRole('checkbox').all()
    for (const box of boxes) {
      const name = await box.evaluate((b) => b.parentElement?.textContent ?? '')
      if (!name.startsWith('Export ban')) await box.uncheck()
    }
    await page.waitForURL(/\?types=export_ban$/)
    const figure = page.getByRole('figure', { name: "Japan's sanctions: organisations under export ban" })
    await figure.locator('.recharts-bar-rectangle').first().waitFor()
    const barsBefore = await figure.locator('.recharts-bar-rectangle').count()
    await page.locator('#goods .goods-count').waitFor()
    const goodsText = await goodsInView(page)
    assert.match(goodsText, /of \d+ items[\s\S]*EXPORT BAN/)

    await page.reload()
    await figure.locator('.recharts-bar-rectangle').first().waitFor()
    // The goods panel loads after the first screen: wait for it before comparing its text.
    await page.locator('#goods .goods-count').waitFor()
    assert.equal(new URL(page.url()).search, '?types=export_ban')
    const checked = typeGroup(page).getByRole('checkbox', { checked: true })
    assert.equal(await checked.count(), 1)
    assert.match(await checked.evaluate((b) => b.parentElement?.textContent ?? ''), /^Export ban/)
    assert.equal(await figure.locator('.recharts-bar-rectangle').count(), barsBefore)
    assert.equal(await goodsInView(page), goodsText)
    await page.screenshot({ path: `${SHOTS}export-ban-view.png`, fullPage: true })

    const results = await new AxeBuilder({ page }).analyze()
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    assert.deepEqual(
      bad.map((v) => `${v.id}: ${v.help}`),
      [],
    )
    assert.deepEqual(errors, [])
    await context.close()
  })

  it('goes back and forward through filter changes', async () => {
    const { page, context } = await newCheckedPage(suite.browser)
    await page.goto(suite.server.url)
    await page.getByRole('figure', { name: /individuals under asset freeze/ }).waitFor()
    await typeGroup(page).getByRole('button', { name: 'None' }).click()
    await page.waitForURL(/\?types=$/)
    await page.getByLabel('From', { exact: true }).fill('2022-04-01')
    await page.waitForURL(/from=2022-04-01/)
    await page.goBack()
    await page.waitForURL(/\?types=$/)
    assert.equal(await page.getByLabel('From', { exact: true }).inputValue(), '')
    await page.goBack()
    await page.getByRole('figure', { name: /individuals under asset freeze/ }).waitFor()
    assert.equal(await typeGroup(page).getByRole('checkbox', { checked: false }).count(), 0)
    await page.goForward()
    await page.waitForURL(/\?types=$/)
    assert.equal(await typeGroup(page).getByRole('checkbox', { checked: true }).count(), 0)
    await context.close()
  })

  it('opens a shared link with a date range and table view exactly as shared', async () => {
    const { page, context } = await newCheckedPage(suite.browser)
    await page.goto(`${suite.server.url}?from=2022-04-01&to=2022-06-30&tview=table`)
    const figure = page.getByRole('figure', { name: /individuals under asset freeze/ })
    const table = figure.getByRole('table')
    await table.waitFor()
    const rows = await table.locator('tbody tr').allInnerTexts()
    assert.equal(rows.length, 2)
    assert.match(rows[0], /12 Apr 2022\s+\+398\s+499/)
    assert.match(rows[1], /10 May 2022\s+\+141\s+640/)
    await context.close()
  })

  it('ignores unknown or malformed parameters with a visible notice, never a crash', async () => {
    const { page, context, errors } = await newCheckedPage(suite.browser)
    await page.goto(`${suite.server.url}?types=asset_freeze,<script>alert(1)</script>&from=2022-13-40&zzz=1`)
    const notice = page.getByRole('status').filter({ hasText: 'Some of this link could not be used' })
    await notice.waitFor()
    const text = await notice.innerText()
    assert.match(text, /zzz/)
    assert.match(text, /from/)
    assert.equal(await page.locator('script:text("alert(1)")').count(), 0)
    await page.getByRole('figure', { name: /individuals under asset freeze/ }).waitFor()
    assert.equal(new URL(page.url()).search, '?types=asset_freeze')
    await page.screenshot({ path: `${SHOTS}url-notice.png` })
    assert.deepEqual(errors, [])
    await context.close()
  })
})

/**
 * The goods panel as seen: its controls, its count and the rows in view (the 7 at the top of the list).
 * Rows kept beyond the view for scrolling are left out: after a filter change they follow once the
 * browser is idle (goods-table.tsx), so whether they are there yet depends on timing.
 */
function goodsInView(page) {
  return page.evaluate(() => {
    const panel = document.querySelector('#goods .goods-panel')
    const text = (selector) => (panel?.querySelector(selector)?.innerText ?? '').trim()
    const rows = [...(panel?.querySelectorAll('tbody tr[aria-rowindex]') ?? [])]
      .filter((r) => Number(r.getAttribute('aria-rowindex')) <= 8)
      .map((r) => r.innerText)
    return [text('.goods-controls'), text('.goods-summary'), ...rows].join('\n')
  })
}
