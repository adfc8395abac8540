// A tiny static server for dist/, mounted at any path prefix, so tests can check the build works
// at the root and under a sub-path. `overrides` replaces chosen files (e.g. a broken dataset).
import { createServer } from 'node:http'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize } from 'node:path'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
}

/**
 * @param {{ root: string, prefix?: string, overrides?: Map<string, { status?: number, body: string }> }} options
 * @returns {Promise<{ url: string, overrides: Map<string, { status?: number, body: string }>, close: () => Promise<void> }>}
 */
export async function startStaticServer({ root, prefix = '/', overrides = new Map() }) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end('not under the mount prefix')
      return
    }
    let rel = path.slice(prefix.length)
    if (rel === '' || rel.endsWith('/')) rel += 'index.html'
    const override = overrides.get(rel)
    if (override !== undefined) {
      res.writeHead(override.status ?? 200, { 'Content-Type': TYPES[extname(rel)] ?? 'text/plain' })
      res.end(override.body)
      return
    }
    const file = normalize(join(root, rel))
    if (!file.startsWith(normalize(root))) {
      res.writeHead(403).end()
      return
    }
    try {
      const body = await readFile(file)
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' })
      res.end(body)
    } catch {
      res.writeHead(404).end('not found')
    }
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)))
  const address = server.address()
  const port = typeof address === 'object' && address !== null ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    overrides,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  }
}
