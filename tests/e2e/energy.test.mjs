// The energy dependency panel in a real browser, against the production build in dist/.
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { describe, it } from 'node:test'

import AxeBuilder from '@axe-core/playwright'

import { newCheckedPage } from './support/browser.mjs'
import { DIST, SHOTS, useBrowserSuite } from './support/suite.mjs'

const dataset = JSON.parse(await readFile(`${DIST}data/sanctions.json`, 'utf8'))
const capacity = dataset.energy.figures.find((f) => f.id === 'sakhalin2-capacity').figure
const capacitySource = dataset.sources.find((s) => s.id === capacity.sourceIds[0])
const number = (n) => new Intl.NumberFormat('en-GB').format(n)

const suite = useBrowserSuite()

describe('energy dependency panel', () => {
  it("shows Russia's LNG share and rank, Sakhalin-2 and the oil and coal exit, with sources on focus", async () => {
    const { page, context, errors } = await newCheckedPage(suite.browser)
    await page.goto(suite.server.url)
    const region = page.getByRole('region', { name: 'Energy dependency' })
    await region.waitFor()
    await region.scrollIntoViewIfNeeded()

    const lng = region.getByRole('figure', { name: /^Japan's LNG imports by supplier/ })
    await lng.locator('.recharts-bar-rectangle').first().waitFor()
    assert.equal(await lng.locator('.recharts-bar-rectangle').count(), dataset.energy.lngSuppliers.length)
    assert.equal(await lng.locator('svg text', { hasText: /^Russia$/ }).count(), 1)
    assert.equal(await lng.locator('svg tspan', { hasText: /^5th$/ }).count(), 1)

    const card = region.getByRole('article', { name: 'Sakhalin-2' })
    const capacityButton = card.getByRole('button', { name: `${number(capacity.value)} ${capacity.unit}` })
    assert.equal(await capacityButton.count(), 1)
    for (const s of dataset.energy.sakhalin2Shareholders) {
      assert.equal(await card.getByText(s.outcome.en).count(), 1, `outcome of ${s.name.en}`)
    }
    const phaseOut = region.getByRole('figure', { name: 'How Japan left Russian oil and coal' })
    assert.equal(
      await phaseOut.locator('.energy-event-list > li').count(),
      dataset.energy.events.filter((e) => e.subject === 'crude_oil' || e.subject === 'coal').length,
    )

    const results = await new AxeBuilder({ page }).include('#energy').analyze()
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    assert.deepEqual(
      bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`),
      [],
    )

    await region.screenshot({ path: `${SHOTS}energy.png` })

    // Keyboard focus on a figure opens its popover: source, confidence and the other reported values.
    await capacityButton.focus()
    const popId = await capacityButton.getAttribute('aria-describedby')
    const popover = page.locator(`[id="${popId}"]`)
    await popover.waitFor({ state: 'visible' })
    const text = await popover.innerText()
    assert.match(text, new RegExp(capacitySource.publisher))
    assert.match(text, /Medium confidence|High confidence|Low confidence/)
    assert.match(text, /Also reported/)
    await popover.getByRole('link').first().waitFor()
    await card.screenshot({ path: `${SHOTS}energy-popover.png` })
    await page.keyboard.press('Escape')
    await popover.waitFor({ state: 'hidden' })

    // Tonnes are labelled derived, except a published tonnage, which says so.
    await lng.getByRole('radio', { name: 'Tonnes (Mt)' }).check()
    assert.ok((await lng.locator('svg tspan', { hasText: / Mt derived$/ }).count()) > 0)
    assert.equal(await lng.locator('svg tspan', { hasText: / Mt published$/ }).count(), 1)

    assert.deepEqual(errors, [])
    await context.close()
  })

  // The panel clips what overflows it (paint containment, so that off screen it skips drawing): each
  // pop-up must open inside it, on a phone as on a desktop, whatever the figure's place in the line.
  for (const width of [390, 1280]) {
    it(`opens every figure's pop-up inside the panel and the window at ${width} px`, async () => {
      const { page, context, errors } = await newCheckedPage(suite.browser, {
        viewport: { width, height: 900 },
      })
      await page.goto(suite.server.url)
      const region = page.getByRole('region', { name: 'Energy dependency' })
      await region.waitFor()
      await region.scrollIntoViewIfNeeded()
      const figures = region.locator('button.fig-value')
      await figures.first().waitFor()
      const count = await figures.count()
      assert.ok(count >= 10, `${count} figures`)
      const outside = []
      for (let i = 0; i < count; i++) {
        const button = figures.nth(i)
        await button.focus()
        const popover = page.locator(`[id="${await button.getAttribute('aria-describedby')}"]`)
        await popover.waitFor({ state: 'visible' })
        const overflow = await popover.evaluate((pop) => {
          const r = pop.getBoundingClientRect()
          const panel = pop.closest('.panel').getBoundingClientRect()
          const right = Math.min(panel.right, document.documentElement.clientWidth)
          return Math.max(0, panel.left - r.left, r.right - right, panel.top - r.top, r.bottom - panel.bottom)
        })
        if (overflow > 0.5) outside.push(`${await button.innerText()}: ${overflow} px`)
      }
      assert.deepEqual(outside, [])
      if (width === 390) await page.screenshot({ path: `${SHOTS}energy-popover-phone.png` })
      assert.deepEqual(errors, [])
      await context.close()
    })
  }
})
