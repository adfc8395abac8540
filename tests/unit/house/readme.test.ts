/** The README stays short, and its performance table is the bench's, never typed by hand. */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from 'vitest'

import {
  END,
  GOALS,
  renderSummary,
  renderTable,
  START,
  statusOf,
  SUMMARY_END,
  SUMMARY_START,
  type BenchResults,
} from '../../../bench/report.mjs'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..')
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
const benchDoc = readFileSync(join(ROOT, 'docs/bench.md'), 'utf8')
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

  it('carries the summary that bench/report.mjs writes from bench/results.json, linking to the table', () => {
    const block = readme.slice(
      readme.indexOf(SUMMARY_START) + SUMMARY_START.length,
      readme.indexOf(SUMMARY_END),
    )
    expect(readme.indexOf(SUMMARY_START)).toBeGreaterThan(0)
    expect(block.replace(/\s+/g, ' ').trim()).toBe(renderSummary(results).replace(/\s+/g, ' ').trim())
    expect(block).toContain(results.date.slice(0, 10))
    expect(block).toContain('](docs/bench.md)')
  })

  it('links to docs/bench.md, whose table bench/report.mjs writes from bench/results.json', () => {
    const block = benchDoc.slice(benchDoc.indexOf(START) + START.length, benchDoc.indexOf(END))
    expect(benchDoc.indexOf(START)).toBeGreaterThan(0)
    expect(cells(block)).toEqual(cells(renderTable(results)))
  })

  it('counts the goals met and names each one missed, by how much', () => {
    const summary = renderSummary({
      date: '2026-12-03T10:00:00.000Z',
      machine: 'test',
      runs: 1,
      figures: {
        nameSearch: { medianMs: 9, p90Ms: 12, keystrokes: 30 },
        workbook3k: { usableMs: 1500, longestTaskMs: 30 },
      },
    })
    expect(summary).toBe(
      'Latest full run (2026-12-03): 1 of 2 goals met. Missed: Opening a MOF workbook, 3,000 rows (usable +50%). Every figure, its spread and its goal: [docs/bench.md](docs/bench.md).',
    )
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
