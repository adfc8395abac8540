// What every browser test file sets up: the production build it serves, where screenshots go, and one
// Chromium and one static server for the whole file.
import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { after, before } from 'node:test'

import { launchBrowser } from './browser.mjs'
import { startStaticServer } from './static-server.mjs'

/** The build under test: dist/, or E2E_DIST to test a private build (vite build --outDir elsewhere). */
export const DIST = process.env.E2E_DIST ?? new URL('../../../dist/', import.meta.url).pathname
export const SHOTS = new URL('../../../test-results/', import.meta.url).pathname

if (!existsSync(`${DIST}index.html`)) throw new Error(`${DIST} has no build: run \`npm run build\` first`)

/**
 * Starts Chromium (and, unless `serve` is false, a static server of DIST with `overrides`) before the
 * file's tests and closes them after. The returned object's `browser` and `server` are set once the
 * tests run.
 * @param {{ serve?: boolean, overrides?: Map<string, unknown> }} [options]
 */
export function useBrowserSuite({ serve = true, overrides } = {}) {
  /** @type {{ browser: import('playwright-core').Browser, server: { url: string, close: () => Promise<void> } }} */
  const suite = /** @type {any} */ ({})
  before(async () => {
    suite.browser = await launchBrowser()
    if (serve) suite.server = await startStaticServer({ root: DIST, overrides })
    await mkdir(SHOTS, { recursive: true })
  })
  after(async () => {
    await suite.server?.close()
    await suite.browser?.close()
  })
  return suite
}
