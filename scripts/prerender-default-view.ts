/**
 * Build step: bake the default view into dist/index.html, as OWID bakes its charts into static SVG.
 *
 * After `vite build`, the built app is opened in headless Chromium (Debian's /usr/bin/chromium through
 * playwright-core), and once the timeline's chart holds data the page's markup is copied into
 * `<div id="prerender">`. The browser then paints the dashboard from HTML and CSS alone, before any
 * script runs; the live app renders hidden beside it and takes over when its own chart is drawn
 * (src/app/main.tsx). Without Chromium the step is skipped with a warning: the build still works,
 * it only paints later.
 */
import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve } from 'node:path'

import type { Plugin, ResolvedConfig } from 'vite'

import { CARD, captureLinkPreview, type LinkPreview, linkPreviewTags } from './link-preview.ts'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
}
/** Attributes that would clash with the live app's copy (ids) or act on a copy that can't respond. */
const STRIP = /\s(?:id|for|aria-labelledby|aria-describedby|aria-controls|tabindex|data-index)="[^"]*"/g

async function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path))
    if (!file.startsWith(dir)) return void res.writeHead(403).end()
    readFile(file).then(
      (body) =>
        res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end(),
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

async function snapshot(dir: string): Promise<{ markup: string; preview: LinkPreview }> {
  const { chromium } = await import('playwright-core')
  const server = await serve(dir)
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  })
  try {
    // The snapshot is in English (a Japanese reader's page replaces it once its catalogue has loaded).
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' })
    await page.goto(`${server.url}?lang=en`)
    await page.waitForFunction(() => performance.getEntriesByName('first-chart-painted').length > 0, null, {
      timeout: 30_000,
    })
    // Only the first screen: below the timeline, each panel keeps its heading and a short placeholder,
    // so the browser parses, lays out and paints as little as it can before the app takes over.
    const markup = await page.evaluate(() => {
      const root = document.getElementById('root')?.cloneNode(true) as HTMLElement | undefined
      if (root === undefined) return ''
      for (const panel of root.querySelectorAll('section.panel:not(#timeline)')) {
        const heading = panel.querySelector('h2')?.outerHTML ?? ''
        panel.innerHTML = `${heading}<p class="panel-loading">Loading…</p>`
      }
      return root.innerHTML
    })
    const preview = await captureLinkPreview(await browser.newPage({ locale: 'en-GB' }), server.url)
    return { markup, preview }
  } finally {
    await browser.close()
    await server.close()
  }
}

export function prerenderDefaultView(): Plugin {
  let config: ResolvedConfig
  return {
    name: 'prerender-default-view',
    apply: 'build',
    configResolved(resolved) {
      config = resolved
    },
    async closeBundle() {
      // Only the app itself (the benchmark builds its baseline pages with this same config).
      if (config.build.ssr || !existsSync(join(config.root, 'src/app/main.tsx'))) return
      const dir = resolve(config.root, config.build.outDir)
      if (!existsSync(CHROMIUM)) {
        config.logger.warn(
          `prerender skipped: no Chromium at ${CHROMIUM}; the first screen will paint later.`,
        )
        return
      }
      const shot = await snapshot(dir)
      const markup = shot.markup.replace(STRIP, '')
      if (!markup.includes('recharts-bar-rectangle'))
        throw new Error('prerender: the timeline chart was not drawn')
      const html = await readFile(join(dir, 'index.html'), 'utf8')
      const baked = html.replace(
        '<div id="root"></div>',
        `<div id="prerender" lang="en" aria-hidden="true" inert>${markup}</div>\n    <div id="root"></div>`,
      )
      if (baked === html) throw new Error('prerender: <div id="root"></div> not found in index.html')
      // The page's <title> names the site (index.html writes it as plain text).
      const siteName = /<title>([^<]*)<\/title>/.exec(html)?.[1]
      if (siteName === undefined) throw new Error('prerender: index.html has no <title>')
      const siteUrl = process.env.SITE_URL?.replace(/\/?$/, '/')
      const tags = linkPreviewTags(shot.preview, siteName, siteUrl)
      const withCard = baked.replace('</head>', `  ${tags}\n  </head>`)
      await writeFile(join(dir, CARD.file), shot.preview.png)
      await writeFile(join(dir, 'index.html'), withCard)
      config.logger.info(
        `prerendered the default view into index.html (${Math.round(markup.length / 1024)} kB) and its link preview into ${CARD.file}` +
          (siteUrl === undefined
            ? ' (no SITE_URL: the preview tags use relative addresses)'
            : ` at ${siteUrl}`),
      )
    },
  }
}
