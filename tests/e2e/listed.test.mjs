// Who is listed: the official lists searched by name in a real browser, in both languages, axe-clean.
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { describe, it } from 'node:test'

import AxeBuilder from '@axe-core/playwright'
import Papa from 'papaparse'

import { newCheckedPage, scrollUntilVisible } from './support/browser.mjs'
import { SHOTS, useBrowserSuite } from './support/suite.mjs'

const suite = useBrowserSuite()

describe('who is listed', () => {
  for (const [lang, query, expected, box] of [
    ['en', 'putin', /putin/i, 'Search names'],
    ['ja', 'プーチン', /プーチン/, '名前で検索'],
  ]) {
    it(`finds ${query} on the lists when the panel comes into view, and reconciles the counts (${lang})`, async () => {
      const { page, context, errors } = await newCheckedPage(suite.browser)
      await page.addInitScript(() => {
        window.__csp = []
        document.addEventListener('securitypolicyviolation', (e) =>
          window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
        )
      })
      await page.setViewportSize({ width: 1280, height: 900 })
      await page.goto(`${suite.server.url}?lang=${lang}`)
      const panel = page.locator('#listed')
      const search = panel.getByRole('searchbox', { name: box })
      await scrollUntilVisible(page, panel, search)
      await search.fill(query)
      await panel.locator('.listed-results li', { hasText: expected }).first().waitFor()
      const status = await panel.getByRole('status').first().innerText()
      assert.match(status, lang === 'en' ? /^\d+ of [\d,]+ listed, as of / : /件中\d+件/)
      // The reconciliation's first row for 12 Apr 2022: 397 on the list, 398 reported.
      const row = panel.locator('.reconcile-table tr', {
        hasText: lang === 'en' ? '12 Apr 2022' : '2022年4月12日',
      })
      assert.match(await row.innerText(), /397\s+398\s+−1/)
      if (lang === 'en') {
        // The results as CSV: one row per result shown in the count, with the source of each.
        const shown = Number(/^(\d+) of/.exec(status)?.[1])
        const [file] = await Promise.all([
          page.waitForEvent('download', { timeout: 15_000 }),
          panel.getByRole('button', { name: 'Download CSV (results)' }).click(),
        ])
        const path = `${SHOTS}${file.suggestedFilename()}`
        await file.saveAs(path)
        assert.match(file.suggestedFilename(), /^japan-russia-official-lists-\d{4}-\d\d-\d\d\.csv$/)
        const csv = Papa.parse((await readFile(path, 'utf8')).replace(/^\uFEFF/, ''), {
          header: true,
          skipEmptyLines: true,
        })
        assert.deepEqual(csv.errors, [])
        assert.equal(csv.data.length, shown)
        assert.ok(
          csv.data.some((r) => /putin/i.test(r.name_en) && r.source_url.startsWith('https://www.mof.go.jp/')),
        )
      }
      await panel.screenshot({ path: `${SHOTS}listed-${lang}.png` })
      const results = await new AxeBuilder({ page }).include('#listed').analyze()
      assert.deepEqual(
        results.violations.map((v) => `${v.id}: ${v.help}`),
        [],
      )
      // Checking the lists in the page must not trip the Content-Security-Policy (zod without eval).
      assert.deepEqual(await page.evaluate(() => window.__csp), [])
      assert.deepEqual(errors, [])
      await context.close()
    })
  }
})
