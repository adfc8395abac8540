// Debian's Chromium driven by playwright-core; never a downloaded browser.
import { chromium } from 'playwright-core'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/**
 * A page that records console errors, so a test can assert there were none. Its goto() returns once
 * the live app has replaced the prerendered snapshot (scripts/prerender-default-view.ts), so CSS locators never reach
 * the inert copy.
 */
export async function newCheckedPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options })
  const page = await context.newPage()
  const goto = page.goto.bind(page)
  page.goto = async (...args) => {
    const response = await goto(...args)
    await page.waitForFunction(() => document.getElementById('prerender') === null, null, { timeout: 30_000 })
    return response
  }
  const errors = []
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text())
  })
  page.on('pageerror', (err) => errors.push(err.message))
  return { page, context, errors }
}

/**
 * Scrolls to `area` until `target` shows, as a reader keeps scrolling to a panel that loads when it comes
 * near the screen ("Who is listed"): the panels above may still grow as their charts draw and push it down.
 */
export async function scrollUntilVisible(page, area, target, { timeout = 30_000 } = {}) {
  const until = Date.now() + timeout
  while (!(await target.isVisible())) {
    if (Date.now() > until) throw new Error(`scrollUntilVisible: still not visible after ${timeout} ms`)
    await area.scrollIntoViewIfNeeded()
    await page.waitForTimeout(250)
  }
  await target.scrollIntoViewIfNeeded()
}
