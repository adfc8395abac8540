// The banned-goods explorer in a real browser: search, see the row, take the list away as CSV.
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { describe, it } from 'node:test'

import Papa from 'papaparse'

import { newCheckedPage } from './support/browser.mjs'
import { DIST, SHOTS, useBrowserSuite } from './support/suite.mjs'

const dataset = JSON.parse(await readFile(`${DIST}data/sanctions.json`, 'utf8'))

const suite = useBrowserSuite()

async function download(page, buttonName) {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 15_000 }),
    page.getByRole('button', { name: buttonName }).click(),
  ])
  const path = `${SHOTS}${file.suggestedFilename()}`
  await file.saveAs(path)
  const text = await readFile(path, 'utf8')
  const parsed = Papa.parse(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true })
  assert.deepEqual(parsed.errors, [])
  return { name: file.suggestedFilename(), rows: parsed.data, fields: parsed.meta.fields }
}

describe('banned goods explorer', () => {
  it('searches "quantum", shows the quantum-computers row, and downloads the CSV of it and of all rows', async () => {
    const { page, context, errors } = await newCheckedPage(suite.browser, { acceptDownloads: true })
    await page.goto(suite.server.url)
    const region = page.getByRole('region', { name: 'Banned goods', exact: true })
    await region.getByRole('searchbox', { name: 'Search banned goods' }).fill('quantum')
    await page.waitForURL(/\?q=quantum$/)
    const row = region.getByRole('row').filter({ hasText: /^Quantum computers/ })
    await row.waitFor()
    assert.match(await row.innerText(), /20 May 2022/)
    assert.equal(await row.locator('mark').first().innerText(), 'Quantum')
    assert.match(
      await region.getByRole('status').innerText(),
      new RegExp(`^2 of ${dataset.goods.length} items$`),
    )
    const shown = await download(page, 'Download CSV (rows shown)')
    assert.equal(shown.name, `japan-russia-banned-goods-filtered-as-of-${dataset.meta.asOf}.csv`)
    assert.equal(shown.rows.length, 2)
    assert.ok(shown.fields.includes('source_urls'))
    const quantum = shown.rows.find((r) => r.item.startsWith('Quantum computers'))
    assert.ok(quantum, 'the quantum-computers row is in the CSV')
    assert.match(quantum.item_ja, /^量子計算機/)
    assert.match(quantum.source_urls, /^https?:\/\//)

    const all = await download(page, 'Download CSV (all rows)')
    assert.equal(all.rows.length, dataset.goods.length)
    assert.equal(
      all.rows.filter((r) => r.unidentified === 'true').length,
      dataset.goods.filter((g) => g.unidentified).length,
    )
    // Screenshot last: an element screenshot can shift the layout under a click that follows it.
    await region.screenshot({ path: `${SHOTS}goods-quantum.png` })
    assert.deepEqual(errors, [])
    await context.close()
  })

  it('restores a shared goods view and says so when nothing matches', async () => {
    const { page, context } = await newCheckedPage(suite.browser)
    await page.goto(`${suite.server.url}?q=%E9%87%8F%E5%AD%90&gsort=-name`)
    const region = page.getByRole('region', { name: 'Banned goods', exact: true })
    assert.equal(await region.getByRole('searchbox', { name: 'Search banned goods' }).inputValue(), '量子')
    await region
      .getByRole('row')
      .filter({ hasText: /^Quantum computers/ })
      .waitFor()
    await region.getByRole('searchbox', { name: 'Search banned goods' }).fill('no such item')
    await region.getByText('No banned goods match the search and filters.').waitFor()
    await region.getByRole('button', { name: 'Clear search and filters' }).click()
    await region
      .getByRole('status')
      .filter({ hasText: new RegExp(`^${dataset.goods.length} of ${dataset.goods.length} items$`) })
      .waitFor()
    await page.waitForURL((u) => u.search === '?gsort=-name')
    await context.close()
  })
})
