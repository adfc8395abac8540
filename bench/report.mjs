// The performance table (docs/bench.md) and the README's one-paragraph summary of it, written from
// bench/results.json: each figure's status (met, or missed by how much) is computed here from the figure
// and its goal, never typed by hand.
//   node bench/report.mjs           prints the table
//   node bench/report.mjs --write   rewrites docs/bench.md and the block between the markers in README.md
// `npm run bench` (a full run) rewrites both itself.
import { readFile, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'

export const START =
  '<!-- bench:table:start (written by bench/report.mjs from bench/results.json; do not edit) -->'
export const END = '<!-- bench:table:end -->'
export const SUMMARY_START =
  '<!-- bench:summary:start (written by bench/report.mjs from bench/results.json; do not edit) -->'
export const SUMMARY_END = '<!-- bench:summary:end -->'

/**
 * Goals, by figure: each check names a field of the figure, its limit and unit. A figure without checks
 * is printed for reference only.
 */
/** Opening a large dataset, on load or from a file: usable within 500 ms, and no task over 50 ms. */
function openGoal(label) {
  return {
    label,
    show: (f) => `usable ${f.usableMs} ms, longest task ${f.longestTaskMs} ms`,
    checks: [
      { field: 'usableMs', max: 500, unit: 'ms', name: 'usable' },
      { field: 'longestTaskMs', max: 50, unit: 'ms', name: 'longest task' },
    ],
  }
}

export const GOALS = {
  firstChartPainted: {
    label: 'First chart painted ÷ blank React page',
    show: (f) => `${f.appMs} ms vs ${f.blankMs} ms = ${f.ratio}×`,
    checks: [{ field: 'ratio', max: 1.3, unit: '×' }],
  },
  initialJs: {
    label: 'Initial JS (gzip) ÷ the libraries alone',
    show: (f) => `${f.appGzipKB} kB vs ${f.bareDepsGzipKB} kB = ${f.ratio}×`,
    checks: [{ field: 'ratio', max: 1.1, unit: '×' }],
  },
  goodsSearch10k: {
    label: 'Goods search, key → rows, 10k rows',
    show: keysShown,
    checks: [],
  },
  goodsSearch100k: {
    label: 'Goods search, key → rows, 100k rows',
    show: keysShown,
    checks: [{ field: 'medianMs', max: 16, unit: 'ms' }],
  },
  goodsSearchWork100k: {
    label: 'Goods search, work per key, 100k rows',
    show: (f) => `median ${f.medianMs} ms, p90 ${f.p90Ms}, ${f.keystrokes} keys`,
    checks: [],
  },
  png4xExport: {
    label: 'PNG export at 4×',
    show: (f) => `first ${f.firstMs} ms, later ${f.medianLaterMs} ms`,
    checks: [
      { field: 'firstMs', max: 300, unit: 'ms', name: 'first' },
      { field: 'medianLaterMs', max: 300, unit: 'ms', name: 'later' },
    ],
  },
  open100k: openGoal('Page load with 100k goods'),
  openFile100k: openGoal('Opening a 100k-goods file'),
  startup: {
    label: 'Start-up after first paint (bundled dataset)',
    show: (f) => `blocking ${f.tbtMs} ms, longest task ${f.longestTaskMs} ms`,
    checks: [
      { field: 'tbtMs', max: 50, unit: 'ms', name: 'blocking' },
      { field: 'longestTaskMs', max: 100, unit: 'ms', name: 'longest task' },
    ],
  },
  interactions: interactionGoal('Interactions, input → next paint (bundled)'),
  interactions10x: interactionGoal('Interactions, input → next paint (10× synthetic)'),
  nameSearch: {
    label: 'Names search, key → results (2,186 designations)',
    show: keysShown,
    checks: [{ field: 'medianMs', max: 16, unit: 'ms' }],
  },
  workbook3k: {
    label: 'Opening a MOF workbook, 3,000 rows',
    show: (f) => `usable ${f.usableMs} ms, longest task ${f.longestTaskMs} ms`,
    checks: [
      { field: 'usableMs', max: 1000, unit: 'ms', name: 'usable' },
      { field: 'longestTaskMs', max: 50, unit: 'ms', name: 'longest task' },
    ],
  },
  workbook30k: {
    label: 'Opening a MOF workbook, 30,000 rows',
    show: (f) => `usable ${f.usableMs} ms, longest task ${f.longestTaskMs} ms`,
    checks: [{ field: 'longestTaskMs', max: 50, unit: 'ms', name: 'longest task' }],
  },
}

/** A search figure: its keystrokes, and how many of them had their results in the first frame after them. */
function keysShown(f) {
  const frames = f.inFirstFrame === undefined ? '' : `, ${f.inFirstFrame} in the key's first frame`
  return `median ${f.medianMs} ms, p90 ${f.p90Ms}, ${f.keystrokes} keys${frames}`
}

/** Every control's input-to-next-paint (Event Timing): the 75th percentile and the worst. */
function interactionGoal(label) {
  return {
    label,
    show: (f) => `p75 ${f.p75Ms} ms, worst ${f.worstMs} ms (${f.worstControl}), ${f.interactions} inputs`,
    checks: [
      { field: 'p75Ms', max: 50, unit: 'ms', name: 'p75' },
      { field: 'worstMs', max: 100, unit: 'ms', name: 'worst' },
    ],
  }
}

const num = (x) => (Number.isInteger(x) ? String(x) : String(Math.round(x * 1000) / 1000))

/** "≤ 300 ms" for each check, joined. */
export function goalText(goal) {
  return goal.checks
    .map((c) => `${c.name ? `${c.name} ` : ''}≤ ${num(c.max)}${c.unit === '×' ? '×' : ` ${c.unit}`}`)
    .join(', ')
}

/** "met", or "missed: usable 6.1×; longest task +14%" (against the goal) for every failing check; "—" with no goal; "not measured" without a value. */
export function statusOf(goal, figure) {
  if (goal.checks.length === 0) return '—'
  const missed = []
  for (const c of goal.checks) {
    const value = figure?.[c.field]
    if (typeof value !== 'number') return 'not measured'
    if (value > c.max) {
      const over = value / c.max
      // By how much: a multiple of the goal from twice over, a percentage below that.
      const by = over >= 2 ? `${num(Math.round(over * 10) / 10)}×` : `+${Math.round((over - 1) * 100)}%`
      missed.push(`${c.name ?? c.field} ${by}`)
    }
  }
  return missed.length === 0 ? 'met' : `missed: ${missed.join('; ')}`
}

/** The spread of a figure's runs, where the bench recorded it ("min–max over n runs"). */
function spreadText(figure) {
  const s = figure?.spread
  return s ? `${num(s.min)}–${num(s.max)} ${s.unit.split(' ')[0]}` : '—'
}

export function renderTable(results) {
  const rows = Object.entries(GOALS)
    .filter(([key]) => results.figures[key] !== undefined)
    .map(([key, goal]) => {
      const f = results.figures[key]
      return `| ${goal.label} | ${goal.show(f)} | ${spreadText(f)} | ${goalText(goal) || '—'} | ${statusOf(goal, f)} |`
    })
  const when = results.date.replace('T', ' ').replace(/:\d\d\.\d+Z$/, ' UTC')
  return [
    `Latest full run: ${when}, ${results.machine}; medians, spread = min–max over the runs (bench/results.json).`,
    '',
    '| figure | measured | spread | goal | status |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n')
}

/** The README's short account: how many goals were met, and which were missed by how much. */
export function renderSummary(results) {
  const judged = Object.entries(GOALS).filter(
    ([key, goal]) => goal.checks.length > 0 && results.figures[key] !== undefined,
  )
  const missed = judged.filter(([key, goal]) => statusOf(goal, results.figures[key]).startsWith('missed'))
  const when = results.date.slice(0, 10)
  const list = missed.map(([key, goal]) => `${goal.label} (${statusOf(goal, results.figures[key]).slice(8)})`)
  return [
    `Latest full run (${when}): ${judged.length - missed.length} of ${judged.length} goals met.`,
    missed.length === 0 ? '' : ` Missed: ${list.join('; ')}.`,
    ' Every figure, its spread and its goal: [docs/bench.md](docs/bench.md).',
  ].join('')
}

/** `text` with the block between `start` and `end` replaced; throws when the markers are missing. */
function withBlock(text, start, end, body, name) {
  const a = text.indexOf(start)
  const b = text.indexOf(end)
  if (a < 0 || b < a) throw new Error(`${name} has no ${start} … ${end} block`)
  return `${text.slice(0, a + start.length)}\n\n${body}\n\n${text.slice(b)}`
}

/** docs/bench.md with its generated table replaced. */
export const withTable = (doc, results) => withBlock(doc, START, END, renderTable(results), 'docs/bench.md')
/** The README with its generated summary replaced. */
export const withSummary = (readme, results) =>
  withBlock(readme, SUMMARY_START, SUMMARY_END, renderSummary(results), 'README.md')

/** Rewrites docs/bench.md's table and README.md's summary, formatted as Prettier would. */
export async function writeReadmeTable(root) {
  const results = JSON.parse(await readFile(new URL('bench/results.json', root), 'utf8'))
  const prettier = await import('prettier')
  for (const [path, rewrite] of [
    ['docs/bench.md', withTable],
    ['README.md', withSummary],
  ]) {
    const file = new URL(path, root)
    const options = (await prettier.resolveConfig(fileURLToPath(file))) ?? {}
    const text = rewrite(await readFile(file, 'utf8'), results)
    await writeFile(file, await prettier.format(text, { ...options, filepath: fileURLToPath(file) }))
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = new URL('..', import.meta.url)
  if (process.argv.includes('--write')) {
    await writeReadmeTable(root)
    console.log('docs/bench.md and the README summary rewritten from bench/results.json')
  } else {
    console.log(renderTable(JSON.parse(await readFile(new URL('bench/results.json', root), 'utf8'))))
  }
}
