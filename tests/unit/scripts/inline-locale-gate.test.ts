import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { inlineGate, scriptHash } from '../../../scripts/inline-locale-gate'

const html = readFileSync('index.html', 'utf8')
const gate = readFileSync('public/locale-gate.js', 'utf8')

describe('inlining the locale gate', () => {
  it('replaces the tag with the code and allows exactly that code by its hash', () => {
    const out = inlineGate(html, gate)
    expect(out).not.toContain('src="./locale-gate.js"')
    const inline = /<script>([\s\S]*?)<\/script>/.exec(out)?.[1]
    expect(inline).toBe(gate)
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(out)?.[1] ?? ''
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src'))
    const digest = createHash('sha256').update(gate).digest('base64')
    expect(scriptSrc?.trim()).toBe(`script-src 'self' 'sha256-${digest}'`)
    expect(scriptHash(gate)).toBe(`'sha256-${digest}'`)
    // Nothing else changed: the rest of the page is the source's.
    expect(out.replace(/<script>[\s\S]*?<\/script>/, '').replace(` 'sha256-${digest}'`, '')).toBe(
      html.replace('<script src="./locale-gate.js"></script>', ''),
    )
  })

  it('says what is missing rather than building a page whose gate the policy blocks', () => {
    expect(() => inlineGate(html.replace('<script src="./locale-gate.js"></script>', ''), gate)).toThrow(
      /has no <script src="\.\/locale-gate\.js">/,
    )
    expect(() => inlineGate(html, 'var a = "</script>"')).toThrow(/contains "<\/script"/)
    expect(() => inlineGate(html.replace("script-src 'self'", "script-src 'none'"), gate)).toThrow(/no CSP/)
  })
})
