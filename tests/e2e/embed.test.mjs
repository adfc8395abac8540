// One figure alone in an <iframe> (?embed=<figure>), as a reader pastes it into a blank page: the snippet
// from the Export menu's "Embed", the figure in the frame in the view's language and filters, with its
// title, source line and a link to the full view, under the page's Content-Security-Policy.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import AxeBuilder from '@axe-core/playwright'

import { newCheckedPage } from './support/browser.mjs'
import { SHOTS, useBrowserSuite } from './support/suite.mjs'

const overrides = new Map()
const suite = useBrowserSuite({ overrides })

async function newPage() {
  const checked = await newCheckedPage(suite.browser, { permissions: ['clipboard-read', 'clipboard-write'] })
  await checked.page.addInitScript(() => {
    window.__csp = []
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    )
  })
  return checked
}

describe('embedding a figure', () => {
  it('gives an <iframe> snippet that shows the figure alone on a blank page, in the view it was taken from', async () => {
    const { page, context, errors } = await newPage()
    await page.goto(`${suite.server.url}?types=asset_freeze&lang=ja`)
    const figure = page.locator('#timeline figure').first()
    await figure.locator('.recharts-bar-rectangle').first().waitFor({ timeout: 30_000 })
    await figure.getByRole('button', { name: 'エクスポート', exact: true }).click()
    await figure.getByRole('button', { name: '埋め込む' }).click()
    const dialog = page.getByRole('dialog', { name: 'この図を埋め込む' })
    await dialog.waitFor()
    const snippet = await dialog.getByRole('textbox').inputValue()
    assert.match(
      snippet,
      /^<iframe src="[^"]*\?types=asset_freeze&amp;lang=ja&amp;embed=timeline" title="[^"]+" width="100%" height="720"/,
    )
    assert.match(await dialog.innerText(), /高さ720px/)
    await dialog.screenshot({ path: `${SHOTS}embed-dialog-ja.png` })
    const axe = await new AxeBuilder({ page }).include('dialog').analyze()
    assert.deepEqual(
      axe.violations.map((v) => `${v.id}: ${v.help}`),
      [],
    )

    // The snippet, pasted as it is into a blank page on another path (with an icon of its own, or the
    // browser's request for /favicon.ico would be the blank page's 404, not the embed's).
    overrides.set('blank/embed.html', {
      body: `<!doctype html><html><head><meta charset="utf-8"><title>Blank</title><link rel="icon" href="data:,"></head><body><h1>My article</h1>${snippet.replace('src="' + suite.server.url, 'src="/')}</body></html>`,
    })
    const blank = await newPage()
    await blank.page.setViewportSize({ width: 900, height: 900 })
    await blank.page.goto(`${suite.server.url}blank/embed.html`)
    const frame = blank.page.frameLocator('iframe')
    const embedded = frame.getByRole('figure', { name: /資産凍結/ })
    await embedded.locator('.recharts-bar-rectangle').first().waitFor({ timeout: 30_000 })
    // The figure alone: no page header, filter bar, other panels or retaliation chart.
    assert.equal(await frame.getByRole('banner').count(), 0)
    assert.equal(await frame.locator('.filter-bar, #goods, #energy').count(), 0)
    assert.equal(await frame.getByRole('figure').count(), 1)
    assert.match(await embedded.innerText(), /出典/)
    const full = frame.getByRole('link', { name: 'ダッシュボード全体を開く' })
    const href = await full.getAttribute('href')
    assert.ok(href !== null && !href.includes('embed=') && href.includes('types=asset_freeze'), href ?? '')
    await blank.page.screenshot({ path: `${SHOTS}embed-blank-page.png` })
    const inner = blank.page.frames().find((f) => f.url().includes('embed=timeline'))
    assert.ok(inner)
    assert.deepEqual(await inner.evaluate(() => window.__csp), [])
    // It resizes to its frame: no horizontal scrolling at 900 or 400 px.
    for (const width of [900, 400]) {
      await blank.page.setViewportSize({ width, height: 900 })
      await blank.page.waitForTimeout(300)
      const overflow = await inner.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
      assert.ok(overflow <= 1, `overflow ${overflow} at ${width}`)
    }
    assert.deepEqual(blank.errors, [])
    await blank.context.close()
    assert.deepEqual(await page.evaluate(() => window.__csp), [])
    assert.deepEqual(errors, [])
    await context.close()
  })

  it('embeds each figure by name, and says so for an unknown one', async () => {
    const { page, context, errors } = await newPage()
    for (const [name, title] of [
      ['retaliation', /banned from entering Russia/],
      ['lng', /LNG/],
      ['phase-out', /oil and coal|phase/i],
      ['goods', null],
      ['listed', null],
    ]) {
      await page.goto(`${suite.server.url}?embed=${name}`)
      if (title !== null) await page.getByRole('figure', { name: title }).first().waitFor({ timeout: 30_000 })
      else if (name === 'goods')
        await page.getByRole('searchbox', { name: 'Search banned goods' }).waitFor({ timeout: 30_000 })
      else await page.getByRole('searchbox', { name: 'Search names' }).waitFor({ timeout: 30_000 })
      assert.equal(await page.getByRole('banner').count(), 0, name)
      await page.getByRole('link', { name: 'Open the full dashboard' }).waitFor()
    }
    await page.goto(`${suite.server.url}?embed=pie`)
    await page.getByText('There is no figure called “pie” to embed; the whole dashboard is shown.').waitFor()
    await page.getByRole('banner').waitFor()
    assert.deepEqual(await page.evaluate(() => window.__csp), [])
    assert.deepEqual(errors, [])
    await context.close()
  })
})
