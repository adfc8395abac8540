// The dashboard shell in a real browser, against the production build in dist/.
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { after, before, describe, it } from 'node:test'

import AxeBuilder from '@axe-core/playwright'

import { newCheckedPage } from './support/browser.mjs'
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
