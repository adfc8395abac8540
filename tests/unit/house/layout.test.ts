/**
 * The house rules of docs/architecture.md that ESLint cannot see: no import circle anywhere in src/,
 * no folder under src/ holding more than 15 files directly, and a top level that keeps to the card.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from 'vitest'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..')
const SRC = join(ROOT, 'src')

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  )
}

/** Every module specifier of a file: static and dynamic imports, re-exports, and worker URLs. */
export function specifiers(code: string): string[] {
  const found = code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|new URL\(\s*)['"]([^'"]+)['"]/g)
  return [...found].map((m) => m[1]!)
}

function resolveSpecifier(from: string, spec: string): string | null {
  const base = spec.startsWith('@/')
    ? join(SRC, spec.slice(2))
    : spec.startsWith('.')
      ? join(dirname(from), spec)
      : null
  if (base === null) return null
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate
  return null
}

/** The import graph of src/: file → the src files it imports. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  for (const file of walk(SRC).filter((f) => /\.(ts|tsx)$/.test(f))) {
    const targets = specifiers(readFileSync(file, 'utf8'))
      .map((s) => resolveSpecifier(file, s))
      .filter((t): t is string => t !== null && /\.(ts|tsx)$/.test(t))
    graph.set(file, targets)
  }
  return graph
}

/** The first circle found by depth-first search, as a list of files, or null. */
export function findCircle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>()
  const stack: string[] = []
  const visit = (node: string): string[] | null => {
    state.set(node, 'open')
    stack.push(node)
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') return [...stack.slice(stack.indexOf(next)), next]
      if (!state.has(next)) {
        const circle = visit(next)
        if (circle) return circle
      }
    }
    stack.pop()
    state.set(node, 'done')
    return null
  }
  for (const node of graph.keys()) {
    if (state.has(node)) continue
    const circle = visit(node)
    if (circle) return circle
  }
  return null
}

describe('the house', () => {
  it('has no import circle anywhere in src/', () => {
    const graph = importGraph()
    expect(graph.size).toBeGreaterThan(100)
    const circle = findCircle(graph)
    expect(circle?.map((f) => relative(ROOT, f)).join(' → ') ?? null).toBeNull()
  })

  it('finds a circle when there is one (the check itself works)', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', []],
    ])
    expect(findCircle(graph)).toEqual(['a', 'b', 'c', 'a'])
    expect(
      findCircle(
        new Map([
          ['a', ['b']],
          ['b', []],
        ]),
      ),
    ).toBeNull()
    expect(
      specifiers(
        `import type { A } from '@/data/x'\nexport { b } from './b'\nconst w = new URL('../worker/w.ts', import.meta.url)\nawait import('@/lib/y')`,
      ),
    ).toEqual(['@/data/x', './b', '../worker/w.ts', '@/lib/y'])
  })

  it('keeps every folder under src/ to 15 files or fewer', () => {
    const crowded = walk(SRC)
      .map((f) => dirname(f))
      .filter((d, i, all) => all.indexOf(d) === i)
      .map(
        (d) =>
          [
            relative(ROOT, d),
            readdirSync(d, { withFileTypes: true }).filter((e) => e.isFile()).length,
          ] as const,
      )
      .filter(([, n]) => n > 15)
    expect(crowded).toEqual([])
  })

  it('keeps the top level to the card, the docs and the tool configs', () => {
    const allowed = [
      /^(package\.json|package-lock\.json|vite\.config\.ts|index\.html|README\.md)$/,
      /^(src|public|tests|docs|bench|scripts|\.ci|\.git|node_modules|dist|test-results|coverage)$/,
      /^(tsconfig(\.\w+)?\.json|eslint\.config\.js|\.prettierrc\.json|\.prettierignore|\.gitignore|\.npmrc)$/,
    ]
    const tracked = readdirSync(ROOT).filter((name) => !name.startsWith('.') || name === '.ci')
    expect(tracked.filter((name) => !allowed.some((re) => re.test(name)))).toEqual([])
  })
})
