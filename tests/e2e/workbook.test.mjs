// Opening the Ministry of Finance's asset-freeze workbook in a real browser, under the page's
// Content-Security-Policy: a reader who downloads next month's workbook sees its new round in the names
// search and on the timeline counted from the lists, without a new release; a damaged workbook is
// refused with its own message, and what was on screen stays.
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { describe, it } from 'node:test'

import AxeBuilder from '@axe-core/playwright'
import { read, utils, write } from '@e965/xlsx'

import { newCheckedPage, scrollUntilVisible } from './support/browser.mjs'
import { SHOTS, useBrowserSuite } from './support/suite.mjs'

const REAL = new URL('../../../shared/data/official/mof-asset-freeze-2026-03-05.xlsx', import.meta.url)
  .pathname
const suite = useBrowserSuite()

/** The real workbook with one more round on the Russia individuals sheet, as next month's file would have it. */
async function nextMonthWorkbook() {
  const book = read(await readFile(REAL), { type: 'buffer' })
  const name = book.SheetNames.find((n) => {
    const title = String(book.Sheets[n]?.A1?.v ?? '')
    return title.includes('ロシア連邦の団体及び個人') && title.includes('（個人）')
  })
  assert.ok(name, 'the Russia individuals sheet')
  const sheet = book.Sheets[name]
  const rows = utils.sheet_to_json(sheet, { header: 1, blankrows: true })
  const headerAt = rows.findIndex((r) => r.some((c) => String(c).replace(/\s/g, '') === '告示日付'))
  const header = rows[headerAt].map((c) => String(c ?? '').replace(/\s/g, ''))
  const last = Math.max(...rows.slice(headerAt + 1).map((r) => Number(r[header.indexOf('告示番号')]) || 0))
  const row = []
  row[header.indexOf('告示日付')] = '2026.4.10'
  row[header.indexOf('告示番号')] = last + 1
  row[header.indexOf('日本語表記')] = 'テストマン・ニューラウンド'
  row[header.indexOf('英語表記')] = 'Testman NEWROUND'
  utils.sheet_add_aoa(sheet, [row], { origin: -1 })
  return Buffer.from(write(book, { type: 'buffer', bookType: 'xlsx' }))
}

async function newPage() {
  const checked = await newCheckedPage(suite.browser)
  await checked.page.addInitScript(() => {
    window.__csp = []
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    )
  })
  return checked
}

async function openFile(page, file) {
  await page.getByRole('button', { name: 'Open dataset…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Open a dataset' })
  await dialog.getByLabel('From your computer').setInputFiles(file)
}

describe('opening the Ministry of Finance workbook', () => {
  it('shows next month’s round in the names search and on the timeline counted from the lists', async () => {
    const { page, context, errors } = await newPage()
    const scripts = []
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url())
    })
    await page.goto(`${suite.server.url}?counts=lists&tview=table`)
    await page.getByRole('heading', { level: 1 }).waitFor()
    const timeline = page.locator('#timeline')
    await timeline.getByText('Counted from the official lists').first().waitFor({ timeout: 20_000 })
    // SheetJS is not loaded for the page, nor for the lists: only for a workbook.
    assert.equal(scripts.filter((u) => /mof-workbook/.test(u)).length, 0)

    await openFile(page, {
      name: 'mof-asset-freeze-2026-04-10.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await nextMonthWorkbook(),
    })
    const banner = page.getByRole('banner')
    await banner.getByText(/mof-asset-freeze-2026-04-10\.xlsx/).waitFor({ timeout: 30_000 })
    assert.equal(scripts.filter((u) => /mof-workbook/.test(u)).length, 1, 'SheetJS loads for the workbook')
    // The timeline, counted from the opened lists, now runs to the new round.
    const row = timeline.locator('table tr', { hasText: '10 Apr 2026' })
    await row.waitFor({ timeout: 20_000 })
    assert.match(await row.innerText(), /10 Apr 2026\s+\+1\s+1,007\s+966\s/)
    assert.match(
      await timeline.locator('figure').first().innerText(),
      /mof-asset-freeze-2026-04-10\.xlsx \(as of 10 Apr 2026\)/,
    )

    const listed = page.locator('#listed')
    await scrollUntilVisible(
      page,
      listed,
      listed.getByText(
        /from the workbook you opened, mof-asset-freeze-2026-04-10\.xlsx \(as of 10 Apr 2026\)/,
      ),
    )
    await listed.getByRole('searchbox', { name: 'Search names' }).fill('newround')
    await listed.locator('.listed-results li', { hasText: 'Testman NEWROUND' }).waitFor()
    assert.match(
      await listed.getByRole('status').first().innerText(),
      /^1 of [\d,]+ listed, as of .*10 Apr 2026/,
    )
    await listed.screenshot({ path: `${SHOTS}workbook-listed.png` })
    // The METI lists are still there, from the bundle.
    await listed.getByRole('searchbox', { name: 'Search names' }).fill('head aerospace')
    await listed.locator('.listed-results li', { hasText: 'HEAD Aerospace' }).first().waitFor()

    // Back to the bundled lists: the new round is gone again.
    await listed.getByRole('button', { name: 'Use the bundled lists' }).click()
    await banner.getByText(/mof-asset-freeze-2026-04-10/).waitFor({ state: 'detached' })
    await listed.getByRole('searchbox', { name: 'Search names' }).fill('newround')
    await listed.getByText('No one on the searched lists matches “newround”.').waitFor()

    const axe = await new AxeBuilder({ page }).include('#listed').include('#timeline').analyze()
    assert.deepEqual(
      axe.violations.map((v) => `${v.id}: ${v.help}`),
      [],
    )
    assert.deepEqual(await page.evaluate(() => window.__csp), [])
    assert.deepEqual(errors, [])
    await context.close()
  })

  it('refuses a damaged workbook with its own message, in Japanese too, and keeps the page', async () => {
    const { page, context, errors } = await newPage()
    await page.goto(`${suite.server.url}?lang=ja`)
    const title = await page.getByRole('heading', { level: 1 }).innerText()
    const bytes = await readFile(REAL)
    await page.getByRole('button', { name: 'データセットを開く…' }).click()
    await page
      .getByRole('dialog')
      .locator('input[type=file]')
      .setInputFiles({
        name: 'cut.xlsx',
        mimeType: 'application/octet-stream',
        buffer: bytes.subarray(0, 20_000),
      })
    const alert = page.getByRole('alert').filter({ hasText: 'cut.xlsx' })
    await alert.waitFor({ timeout: 20_000 })
    assert.match(await alert.innerText(), /ワークブックを開けませんでした/)
    assert.match(await alert.innerText(), /cut\.xlsxをワークブックとして読み込めませんでした/)
    await page.screenshot({ path: `${SHOTS}workbook-damaged-ja.png` })
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), title)
    assert.deepEqual(await page.evaluate(() => window.__csp), [])
    assert.deepEqual(errors, [])
    await context.close()
  })
})
