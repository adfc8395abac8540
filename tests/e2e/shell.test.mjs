// The dashboard shell in a real browser, against the production build in dist/.
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { after, before, describe, it } from 'node:test'

import AxeBuilder from '@axe-core/playwright'

import { newCheckedPage } from './support/browser.mjs'
import { bareKeysIn, messageKeys } from './support/message-keys.mjs'
import { startStaticServer } from './support/static-server.mjs'
import { DIST, SHOTS, useBrowserSuite } from './support/suite.mjs'

const dataset = JSON.parse(await readFile(`${DIST}data/sanctions.json`, 'utf8'))
// Dataset texts are { en, ja } (schema version 2); the English page shows `en`.
const TITLE = dataset.meta.title.en

const suite = useBrowserSuite({ serve: false })

describe('dashboard shell', () => {
  let server
  before(async () => {
    server = await startStaticServer({ root: DIST })
  })
  after(async () => server.close())

  it('shows the title, the as-of date and one region per panel, with no console errors', async () => {
    const { page, context, errors } = await newCheckedPage(suite.browser)
    await page.goto(server.url)
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor()
    const asOf = page.locator('.as-of time')
    assert.equal(await asOf.getAttribute('datetime'), dataset.meta.asOf)
    for (const name of ['Sanctions over time', 'Banned goods', 'Energy dependency']) {
      assert.equal(await page.getByRole('region', { name, exact: true }).count(), 1, `region "${name}"`)
    }
    await page.screenshot({ path: `${SHOTS}shell.png`, fullPage: true })
    assert.deepEqual(errors, [])
    await context.close()
  })

  it('opens on the headline figures and the largest tranche labelled on the chart, within the first screen', async () => {
    const { page, context, errors } = await newCheckedPage(suite.browser)
    await page.goto(server.url)
    const strip = page.getByRole('region', { name: 'Headline figures' })
    await strip.waitFor()
    const inFirstScreen = async (locator) => {
      const box = await locator.boundingBox()
      return box !== null && box.y >= 0 && box.y + box.height <= 900
    }
    assert.ok(await inFirstScreen(strip), 'the strip is on the first screen')
    // The strip's first figure is the timeline's running total: the same shaping, the same number.
    const summary = await page.locator('#timeline figure .chart-summary').first().innerText()
    const total = summary.match(/bringing the total to ([\d,]+);/)?.[1]
    assert.ok(total, summary)
    assert.equal(await strip.locator('.headline-value').first().innerText(), total)
    assert.match(await strip.innerText(), new RegExp(`as of .*${dataset.meta.asOf.slice(0, 4)}`))
    // The largest tranche and the total it made: in the strip, on the first screen; labelled on the chart;
    // and in the chart's summary.
    const largest = strip.locator('.headline-note').first()
    assert.equal(await largest.innerText(), 'largest: +398 → 499 on 12 Apr 2022')
    assert.ok(await inFirstScreen(largest), 'the largest tranche is on the first screen')
    const label = page.locator('#timeline figure svg text', { hasText: '→ 499' }).first()
    assert.equal(await label.textContent(), '+398 → 499')
    assert.match(summary, /the largest, on 12 Apr 2022, added 398, taking the total to 499\./)

    // Sources and confidence on focus, from the keyboard.
    const first = strip.getByRole('button', {
      name: 'Individuals under asset freeze: sources and confidence',
    })
    await first.focus()
    const tip = strip.getByRole('tooltip').first()
    await tip.waitFor()
    assert.match(await tip.innerText(), /Source: .*confidence/s)
    await page.screenshot({ path: `${SHOTS}strip-en.png`, clip: { x: 0, y: 0, width: 1280, height: 900 } })
    await page.keyboard.press('Escape')
    await tip.waitFor({ state: 'hidden' })
    // And on hover.
    await strip.locator('.headline-figure').last().hover()
    await strip.getByRole('tooltip').last().waitFor()

    await page.getByRole('combobox', { name: 'Language' }).selectOption('ja')
    const ja = page.getByRole('region', { name: '主な数値' })
    await ja.waitFor()
    assert.match(await ja.innerText(), /時点/)
    await page.locator('#timeline figure svg text', { hasText: '累計499' }).first().waitFor()
    await page.mouse.move(0, 0)
    await page.screenshot({ path: `${SHOTS}strip-ja.png`, clip: { x: 0, y: 0, width: 1280, height: 900 } })
    assert.deepEqual(errors, [])
    await context.close()
  })

  it('shows a tranche’s tooltip when the pointer first comes onto the timeline, and follows it', async () => {
    // The tooltip joins the chart on the reader's first pointer or focus (it is left out of the first render
    // to keep start-up short), so the very first move onto the plot must show it, with no second move.
    const { page, context, errors } = await newCheckedPage(suite.browser)
    await page.goto(server.url)
    const chart = page.locator('#timeline figure').first()
    const surface = chart.locator('.recharts-surface')
    await surface.scrollIntoViewIfNeeded()
    const box = await surface.boundingBox()
    const tooltip = chart.locator('.chart-tooltip')
    assert.equal(await tooltip.count(), 0, 'no tooltip before the pointer comes')
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.5)
    await tooltip.waitFor({ timeout: 5_000 })
    const first = await tooltip.locator('.tooltip-date').innerText()
    assert.match(first, /^\d{1,2} [A-Z][a-z]{2,3} 20\d\d$/)
    assert.match(await tooltip.innerText(), /Source: /)
    await page.mouse.move(box.x + box.width * 0.85, box.y + box.height * 0.5, { steps: 4 })
    await page.waitForFunction(
      ([el, before]) => el.querySelector('.tooltip-date')?.textContent !== before,
      [await chart.elementHandle(), first],
    )
    await chart.screenshot({ path: `${SHOTS}timeline-hover.png` })
    assert.deepEqual(errors, [])
    await context.close()
  })

  it('keeps the consistency findings as the timeline’s data notes, not the page’s first words', async () => {
    const { page, context } = await newCheckedPage(suite.browser)
    await page.goto(server.url)
    const main = await page.getByRole('main').innerText()
    assert.doesNotMatch(main.slice(0, 200), /Consistency|differ/)
    const timeline = page.locator('#timeline')
    assert.equal(await timeline.getAttribute('aria-labelledby'), 'timeline-title')
    const summary = timeline.locator('.data-notes summary')
    assert.match(await summary.innerText(), /^Data notes \((\d+)\) \1 reported figures? of \d+ checked/)
    await summary.click()
    const findings = timeline.locator('.data-notes-list > li')
    assert.ok((await findings.count()) > 0)
    assert.match(await findings.first().innerText(), /Records: /)
    assert.ok((await findings.first().getByRole('link').count()) > 0, 'each finding links its sources')
    assert.ok(await timeline.getByRole('button', { name: 'Download report' }).isVisible())
    await summary.scrollIntoViewIfNeeded()
    await page.evaluate(() => window.scrollBy(0, -80))
    await page.screenshot({ path: `${SHOTS}data-notes-en.png` })
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ja')
    await timeline.locator('.data-notes summary', { hasText: 'データに関する注記' }).waitFor()
    await page.screenshot({ path: `${SHOTS}data-notes-ja.png` })
    await context.close()
  })

  it('opens the Sources panel listing every source, and axe finds no serious or critical issue', async () => {
    const { page, context } = await newCheckedPage(suite.browser)
    await page.goto(server.url)
    await page.getByRole('button', { name: /^Sources/ }).click()
    const dialog = page.getByRole('dialog', { name: 'Sources' })
    await dialog.waitFor()
    assert.equal(await dialog.locator('tbody tr').count(), dataset.sources.length)
    const links = dialog.getByRole('link')
    assert.equal(await links.count(), dataset.sources.length)
    for (const rel of await links.evaluateAll((as) => as.map((a) => a.getAttribute('rel')))) {
      assert.equal(rel, 'noopener noreferrer')
    }
    await page.screenshot({ path: `${SHOTS}sources.png` })

    for (const state of ['sources dialog open', 'page']) {
      const results = await new AxeBuilder({ page }).analyze()
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      assert.deepEqual(
        bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`),
        [],
        `axe violations with the ${state}`,
      )
      if (state === 'sources dialog open') {
        await page.keyboard.press('Escape')
        await dialog.waitFor({ state: 'hidden' })
      }
    }
    await context.close()
  })
})

describe('prerendered first screen', () => {
  it('starts without the validator: zod stays in the worker and the chunks loaded on demand', async () => {
    // The JavaScript the first screen loads: index.html's entry module and what it imports statically.
    const html = await readFile(`${DIST}index.html`, 'utf8')
    const entry = html.match(/<script[^>]*type="module"[^>]*src="\.\/(assets\/[^"]+\.js)"/)?.[1]
    assert.ok(entry, 'index.html has an entry module')
    const files = [entry]
    for (let k = 0; k < files.length; k++) {
      const code = await readFile(`${DIST}${files[k]}`, 'utf8')
      // A value imported from validate/schema.ts at start-up once brought zod into these chunks (+25 kB gzip).
      assert.ok(!code.includes('ZodError'), `${files[k]} holds zod`)
      for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["']\.\/([^"']+\.js)["']/g))
        if (!files.includes(`assets/${m[1]}`)) files.push(`assets/${m[1]}`)
    }
    assert.ok(files.length > 1, `the entry imports its libraries: ${files.join(', ')}`)
  })

  it('paints the title and the timeline chart from HTML alone, then hands over to the live app', async () => {
    const server = await startStaticServer({ root: DIST })
    try {
      const html = await readFile(`${DIST}index.html`, 'utf8')
      const snapshot = html.slice(html.indexOf('<div id="prerender"'), html.indexOf('<div id="root">'))
      assert.match(snapshot, /aria-hidden="true" inert/)
      assert.match(snapshot, /recharts-bar-rectangle/)
      // The first screen's figures are in the HTML itself: the strip and the labelled largest tranche.
      assert.match(snapshot, /class="headline"/)
      assert.match(snapshot, /\+398 → 499/)
      // The snapshot is taken before the lower panels' code (and their messages) loads: a first-screen
      // message from a lazy area showed as its key ("energy.qualifier.about" for the LNG share).
      const text = snapshot.replace(/<[^>]*>/g, ' ')
      assert.deepEqual(bareKeysIn(text, await messageKeys()), [], 'no message shown as its bare key')
      assert.doesNotMatch(
        snapshot.slice('<div id="prerender"'.length),
        /\sid="/,
        'no duplicate ids in the copy',
      )

      const noJs = await suite.browser.newContext({
        javaScriptEnabled: false,
        viewport: { width: 1280, height: 900 },
      })
      const still = await noJs.newPage()
      await still.goto(server.url)
      assert.equal(await still.locator('#prerender h1').innerText(), TITLE)
      assert.ok((await still.locator('#prerender figure .recharts-bar-rectangle').count()) > 5)
      await still.screenshot({ path: `${SHOTS}prerendered.png` })
      await noJs.close()

      const { page, context, errors } = await newCheckedPage(suite.browser)
      await page.goto(server.url)
      assert.equal(await page.locator('#prerender').count(), 0)
      assert.ok((await page.locator('#root #timeline figure .recharts-bar-rectangle').count()) > 5)
      assert.deepEqual(errors, [])
      await context.close()
    } finally {
      await server.close()
    }
  })
})

describe('static build under a sub-path', () => {
  it('loads the dashboard and its dataset from /some/sub/path/', async () => {
    const server = await startStaticServer({ root: DIST, prefix: '/some/sub/path/' })
    try {
      const { page, context, errors } = await newCheckedPage(suite.browser)
      await page.goto(server.url)
      await page.getByRole('heading', { level: 1, name: TITLE }).waitFor()
      assert.deepEqual(errors, [])
      await context.close()
    } finally {
      await server.close()
    }
  })
})

describe('a dataset that fails to load', () => {
  it('says what failed, offers Retry, and recovers when the file is fixed', async () => {
    const overrides = new Map([['data/sanctions.json', { body: '{"schemaVersion": 1, "meta": ' }]])
    const server = await startStaticServer({ root: DIST, overrides })
    try {
      const { page, context } = await newCheckedPage(suite.browser)
      await page.goto(server.url)
      const alert = page.getByRole('alert')
      await alert.waitFor()
      assert.match(await alert.innerText(), /not valid JSON/)
      await page.screenshot({ path: `${SHOTS}load-error.png` })
      overrides.clear()
      await alert.getByRole('button', { name: 'Retry' }).click()
      await page.getByRole('heading', { level: 1, name: TITLE }).waitFor()
      await context.close()
    } finally {
      await server.close()
    }
  })
})
