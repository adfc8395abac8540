// "Cite this view": the citation's permalink reproduces the view (filters and language), the dialog is
// axe-clean in both languages, copying and the BibTeX download work, and nothing trips the page's CSP.
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { describe, it } from 'node:test'

import AxeBuilder from '@axe-core/playwright'

import { newCheckedPage } from './support/browser.mjs'
import { SHOTS, useBrowserSuite } from './support/suite.mjs'

const suite = useBrowserSuite()

/** Records Content-Security-Policy violations from the first script on. */
async function recordCsp(page) {
  await page.addInitScript(() => {
    window.__csp = []
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    )
  })
}

async function axe(page, include) {
  const results = await new AxeBuilder({ page }).setLegacyMode(true).include(include).analyze()
  assert.ok(results.passes.length > 5, 'axe ran its rules')
  return results.violations.map((v) => `${v.id} [${v.impact}] ${v.help}`)
}

const citationIn = (dialog, style) =>
  dialog.getByRole('region', { name: style }).locator('.citation').innerText()

describe('cite this view', () => {
  it('gives a Japanese citation whose link reopens the filtered view in Japanese', async () => {
    const { page, context, errors } = await newCheckedPage(suite.browser, { acceptDownloads: true })
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await recordCsp(page)
    await page.goto(`${suite.server.url}?types=asset_freeze&from=2023-01-01&lang=ja`)
    await page.locator('#timeline figure .recharts-bar-rectangle').first().waitFor()

    await page.locator('.header-actions').getByRole('button', { name: '引用', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: 'この表示を引用' })
    await dialog.locator('.citation').first().waitFor()
    for (const style of ['APA 7', 'Chicago 17', 'SIST 02']) {
      await dialog.getByRole('heading', { level: 3, name: style }).waitFor()
    }
    const sist = await citationIn(dialog, 'SIST 02')
    const match =
      /^日本の対ロシア制裁\. (\d+\.\d+\.\d+)版, (\d{4}-\d\d-\d\d)\. (\S+), \(参照 (\d{4}-\d\d-\d\d)\)\.$/.exec(
        sist,
      )
    assert.ok(match, `a SIST 02 citation: ${sist}`)
    const link = new URL(match[3])
    assert.equal(link.searchParams.get('types'), 'asset_freeze')
    assert.equal(link.searchParams.get('from'), '2023-01-01')
    assert.equal(link.searchParams.get('lang'), 'ja')
    const apa = await citationIn(dialog, 'APA 7')
    assert.match(
      apa,
      /^日本の対ロシア制裁 \[Japan's sanctions on Russia\] \(Version \d+\.\d+\.\d+\) \[Data set\]\./,
    )
    assert.ok(apa.includes(match[3]) && (await citationIn(dialog, 'Chicago 17')).includes(match[3]))
    await dialog.screenshot({ path: `${SHOTS}cite-ja.png` })
    assert.deepEqual(await axe(page, 'dialog.cite-dialog'), [])

    // Copy: the clipboard holds the citation, and the dialog says so.
    await dialog.getByRole('button', { name: 'SIST 02形式の引用をコピー' }).click()
    await dialog.getByRole('status').filter({ hasText: 'SIST 02形式の引用をコピーしました。' }).waitFor()
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), sist)

    // BibTeX: the same link and access date.
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'BibTeXをダウンロード（.bib）' }).click(),
    ])
    assert.equal(file.suggestedFilename(), `japans-sanctions-on-russia-${match[2].slice(0, 4)}-ja.bib`)
    const path = `${SHOTS}${file.suggestedFilename()}`
    await file.saveAs(path)
    const bib = await readFile(path, 'utf8')
    assert.ok(bib.includes(`url      = {${match[3]}},`), bib)
    assert.ok(bib.includes(`urldate  = {${match[4]}},`), bib)
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })

    // The link, opened by an English-speaking browser, shows the same view in Japanese.
    const other = await newCheckedPage(suite.browser, { locale: 'en-GB' })
    await other.page.goto(match[3])
    await other.page.locator('#timeline figure .recharts-bar-rectangle').first().waitFor()
    assert.equal(await other.page.locator('html').getAttribute('lang'), 'ja')
    const group = other.page.getByRole('group', { name: '措置の種類' })
    const checked = group.getByRole('checkbox', { checked: true })
    assert.equal(await checked.count(), 1)
    assert.match(await checked.evaluate((b) => b.parentElement?.textContent ?? ''), /^資産凍結/)
    assert.equal(await other.page.getByLabel('開始', { exact: true }).inputValue(), '2023-01-01')
    assert.deepEqual(other.errors, [])
    await other.context.close()

    assert.deepEqual(await page.evaluate(() => window.__csp), [])
    assert.deepEqual(errors, [])
    await context.close()
  })

  it('cites one figure from its export menu, with the figure in the link (English)', async () => {
    const { page, context, errors } = await newCheckedPage(suite.browser)
    await recordCsp(page)
    await page.goto(`${suite.server.url}?series=banks&lang=en`)
    const figure = page.locator('#timeline figure').first()
    await figure.locator('.recharts-bar-rectangle').first().waitFor()
    const title = await figure.locator('.chart-title').innerText()
    await figure.getByRole('button', { name: 'Export', exact: true }).click()
    await figure.getByRole('button', { name: 'Cite this figure' }).click()
    const dialog = page.getByRole('dialog', { name: 'Cite this figure' })
    await dialog.locator('.citation').first().waitFor()
    const chicago = await citationIn(dialog, 'Chicago 17')
    assert.ok(chicago.startsWith(`“${title}.” In Japan's sanctions on Russia. Version `), chicago)
    const url = new URL(/ (https?:\/\/\S+)\.$/.exec(chicago)?.[1] ?? '')
    assert.equal(url.searchParams.get('series'), 'banks')
    assert.equal(url.searchParams.get('lang'), 'en')
    assert.equal(url.hash, '#japan-russia-asset-freeze-banks')
    assert.equal(await figure.getAttribute('id'), 'japan-russia-asset-freeze-banks')
    await dialog.screenshot({ path: `${SHOTS}cite-figure-en.png` })
    assert.deepEqual(await axe(page, 'dialog.cite-dialog'), [])
    await dialog.getByRole('button', { name: 'Close' }).click()
    await dialog.waitFor({ state: 'detached' })
    // Focus is back on the menu's button, not lost to the page.
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Export')
    assert.deepEqual(await page.evaluate(() => window.__csp), [])
    assert.deepEqual(errors, [])
    await context.close()
  })

  it('says so in a dialog when the Cite code cannot be fetched, keeps the dashboard, and opens once it can', async () => {
    const { page, context } = await newCheckedPage(suite.browser)
    // Offline, or the chunk gone after a new release: the request for the dialog's code fails. Chromium
    // keeps a failed module address failed, so the next attempt asks at a new one (?retry=1).
    let offline = true
    const asked = []
    await page.route(/cite-dialog-[^/]*\.js(\?.*)?$/, (route) => {
      asked.push(new URL(route.request().url()).search)
      return offline ? route.abort() : route.continue()
    })
    await page.goto(suite.server.url)
    await page.locator('#timeline figure .recharts-bar-rectangle').first().waitFor()
    const cite = page.locator('.header-actions').getByRole('button', { name: 'Cite', exact: true })
    await cite.click()
    const failure = page.getByRole('dialog').filter({ hasText: 'could not be loaded' })
    await failure.waitFor()
    assert.match(
      await failure.getByRole('alert').innerText(),
      /^This part of the page could not be loaded \(.*cite-dialog.*\)\. Check the connection, then try again\.$/,
    )
    await page.screenshot({ path: `${SHOTS}cite-offline.png` })
    // Before, the failure took the whole dashboard down, and its Try again failed again.
    assert.equal(await page.getByRole('heading', { name: 'Headline figures' }).count(), 1)
    assert.ok((await page.locator('#timeline figure .recharts-bar-rectangle').count()) > 5)
    await failure.getByRole('button', { name: 'Close' }).click()
    await failure.waitFor({ state: 'detached' })

    offline = false
    await cite.click()
    await page.getByRole('dialog', { name: 'Cite this view' }).waitFor()
    // Once while offline (showing the failure asked for nothing more), once back online.
    assert.deepEqual(asked, ['', '?retry=1'])
    await context.close()
  })
})
