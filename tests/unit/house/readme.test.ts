/** The README stays short, and its performance table is the bench's, never typed by hand. */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from 'vitest'

import { END, GOALS, renderTable, START, statusOf, type BenchResults } from '../../../bench/report.mjs'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..')
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
const results = JSON.parse(readFileSync(join(ROOT, 'bench/results.json'), 'utf8')) as BenchResults

/** A markdown table's rows as trimmed cells, so Prettier's column padding does not matter. */
const cells = (text: string) =>
  text
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|[\s|:-]+\|$/.test(line))
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((c) => c.trim()),
    )

describe('README.md', () => {
  it('fits a newcomer: at most 900 words', () => {
    const words = readme.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w))
    expect(words.length).toBeLessThanOrEqual(900)
  })

  it('names the two commands and the three places a newcomer looks for', () => {
    expect(readme).toContain('npm install && npm run dev')
    expect(readme).toContain('npm test')
    for (const file of [
      'src/data/validate/validate-dataset.ts',
      'src/features/timeline/timeline-data.ts',
      'src/lib/export/rasterize.ts',
    ]) {
      expect(readme).toContain(`](${file})`)
      expect(() => readFileSync(join(ROOT, file))).not.toThrow()
    }
  })

  it('carries the performance table that bench/report.mjs writes from bench/results.json', () => {
    const block = readme.slice(readme.indexOf(START) + START.length, readme.indexOf(END))
    expect(readme.indexOf(START)).toBeGreaterThan(0)
    expect(cells(block)).toEqual(cells(renderTable(results)))
    expect(block).toContain(results.date.slice(0, 10))
  })
})

describe('bench statuses', () => {
  const goal = GOALS.openFile100k!
  it('computes met and missed from the figure and its goal', () => {
    expect(statusOf(goal, { usableMs: 420, longestTaskMs: 12 })).toBe('met')
    expect(statusOf(goal, { usableMs: 3038.1, longestTaskMs: 0 })).toBe('missed: usable 6.1×')
    expect(statusOf(goal, { usableMs: 550, longestTaskMs: 60 })).toBe(
      'missed: usable +10%; longest task +20%',
    )
    expect(statusOf(goal, undefined)).toBe('not measured')
    expect(statusOf(GOALS.goodsSearch10k!, { medianMs: 99 })).toBe('—')
  })

  it('never marks a figure met that is over its goal, for every figure of the last run', () => {
    for (const [key, g] of Object.entries(GOALS)) {
      const figure = results.figures[key]
      if (!figure || g.checks.length === 0) continue
      const over = g.checks.some((c) => (figure[c.field] as number) > c.max)
      expect(statusOf(g, figure).startsWith('missed'), key).toBe(over)
    }
  })
})
