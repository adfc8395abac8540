/**
 * Build step: the locale gate (public/locale-gate.js) goes into index.html as an inline script, allowed
 * by its hash in the page's Content-Security-Policy. As a file it was a blocking request in <head>:
 * nothing paints until it comes back, a round trip for every reader (~10 ms here, on localhost). The dev
 * server keeps the file, so the source stays one plain script that the unit tests run.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

import type { Plugin } from 'vite'

const TAG = '<script src="./locale-gate.js"></script>'

/** The CSP source that allows exactly this inline script's text. */
export function scriptHash(code: string): string {
  return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`
}

/** index.html with the gate's tag replaced by its code, and that code's hash added to script-src. */
export function inlineGate(html: string, code: string): string {
  if (!html.includes(TAG)) throw new Error(`inline-locale-gate: index.html has no ${TAG}`)
  // A "</script" inside the code would end the element early (and the hash would no longer match).
  if (/<\/script/i.test(code)) throw new Error('inline-locale-gate: the gate contains "</script"')
  const csp = /(http-equiv="Content-Security-Policy"\s+content="[^"]*script-src 'self')/
  if (!csp.test(html)) throw new Error("inline-locale-gate: no CSP with script-src 'self' in index.html")
  return html.replace(csp, `$1 ${scriptHash(code)}`).replace(TAG, () => `<script>${code}</script>`)
}

/**
 * `page` is the dashboard's index.html; other pages built with the same config (the bench's baselines)
 * are left as they are. 'pre', so that Vite's own HTML step never sees the gate as a script to bundle.
 */
export function inlineLocaleGate({ gate, page }: { gate: string; page: string }): Plugin {
  return {
    name: 'inline-locale-gate',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler: (html, ctx) =>
        resolve(ctx.filename) === resolve(page) ? inlineGate(html, readFileSync(gate, 'utf8')) : html,
    },
  }
}
