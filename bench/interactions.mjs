// Interaction and start-up measures (issue #22), and the names search and workbook figures (issue #20).
// Each opens a fresh browser context and reads timings inside the page.
import { utils, write } from '@e965/xlsx'

import { scrollUntilVisible } from '../tests/e2e/support/browser.mjs'

/** Event Timing entries (the measure behind INP), collected from the page's start. */
function observeEvents() {
  const w = window
  w.__events = []
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (e.interactionId > 0)
        w.__events.push({ id: e.interactionId, start: e.startTime, duration: e.duration })
  }).observe({ type: 'event', durationThreshold: 16, buffered: true })
  w.__tasks = []
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__tasks.push([e.startTime, e.duration])
  }).observe({ type: 'longtask', buffered: true })
}

/** Two frames and an idle moment: what a person's next action waits for anyway. */
const settle = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => requestIdleCallback(() => resolve(), { timeout: 2000 })),
        ),
      ),
  )

/**
 * Input to next paint of each interaction in `act`, per interaction (the longest of its events); an
 * interaction whose events all took under 16 ms (the Event Timing threshold) counts as 16 ms.
 */
async function timeInteractions(page, act, expected) {
  const t0 = await page.evaluate(() => performance.now())
  await act()
  await settle(page)
  await page.waitForTimeout(150)
  const events = await page.evaluate((t) => window.__events.filter((e) => e.start >= t), t0)
  const byId = new Map()
  for (const e of events) byId.set(e.id, Math.max(byId.get(e.id) ?? 0, e.duration))
  const found = [...byId.values()]
  // Interactions under the threshold leave no entry: each of them counts as 16 ms.
  while (found.length < expected) found.push(16)
  return found
}

/** The common controls, each used as a reader would (pointer or keyboard, trusted input events). */
export async function measureInteractions(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } })
  await context.addInitScript(observeEvents)
  const page = await context.newPage()
  await page.goto(url)
  await page.locator('#timeline figure .recharts-bar-rectangle').first().waitFor({ timeout: 60_000 })
  await page.waitForTimeout(1500)
  const filters = page.locator('.filter-bar')
  const timeline = page.locator('#timeline figure').first()
  const out = {}
  const time = async (control, act, expected = 1) => {
    await settle(page)
    out[control] = [...(out[control] ?? []), ...(await timeInteractions(page, act, expected))]
  }
  const freeze = filters.getByRole('checkbox', { name: /^Asset freeze/ })
  await time('type checkbox', () => freeze.click())
  await time('type checkbox', () => freeze.click())
  await time('None', () => filters.getByRole('button', { name: 'None', exact: true }).click())
  await time('All', () => filters.getByRole('button', { name: 'All', exact: true }).click())
  await time('date range', () => filters.getByRole('button', { name: '2023', exact: true }).click())
  await time('date range', () => filters.getByRole('button', { name: 'All dates' }).click())
  const series = timeline.getByRole('combobox', { name: 'Show' })
  await series.focus()
  await time('series switch', () => page.keyboard.press('ArrowDown'))
  await time('series switch', () => page.keyboard.press('ArrowUp'))
  await time('chart/table', () => timeline.getByRole('tab', { name: 'Table' }).click())
  await time('chart/table', () => timeline.getByRole('tab', { name: 'Chart' }).click())
  const goods = page.getByRole('searchbox', { name: 'Search banned goods' })
  await goods.scrollIntoViewIfNeeded()
  await goods.focus()
  await time('goods search key', () => page.keyboard.type('pump', { delay: 120 }), 4)
  await page.keyboard.press('Control+a')
  await page.keyboard.press('Backspace')
  const names = page.getByRole('searchbox', { name: 'Search names' })
  await scrollUntilVisible(page, page.locator('#listed'), names)
  await names.focus()
  await settle(page)
  await time('names search key', () => page.keyboard.type('putin', { delay: 120 }), 5)
  await page.keyboard.press('Control+a')
  await page.keyboard.press('Backspace')
  // Last: the language switch reloads every text on the page.
  const language = page.getByRole('combobox', { name: /^(Language|言語)/ })
  await language.scrollIntoViewIfNeeded()
  await language.focus()
  await time('language switch', () => page.keyboard.press('ArrowDown'))
  await page.waitForFunction(() => document.documentElement.lang === 'ja', null, { timeout: 30_000 })
  await language.focus()
  await time('language switch', () => page.keyboard.press('ArrowUp'))
  await context.close()
  return out
}

/** Start-up: the main thread's tasks after the first contentful paint, until the page is quiet. */
export async function measureStartup(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  await context.addInitScript(observeEvents)
  const page = await context.newPage()
  await page.goto(url, { waitUntil: 'networkidle' })
  await page.waitForFunction(() => performance.getEntriesByName('first-chart-painted').length > 0, null, {
    timeout: 60_000,
  })
  await page.waitForTimeout(2000)
  const result = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0
    const after = window.__tasks.filter(([start]) => start >= fcp)
    return {
      fcpMs: fcp,
      tbtMs: after.reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0),
      longestTaskMs: Math.max(0, ...after.map(([, d]) => d)),
      tasks: after.length,
    }
  })
  await context.close()
  return result
}

/** What the names-search figure types: each search a key at a time, then cleared. */
const NAME_SEARCHES = ['putin', 'プーチン', 'rosneft', 'head aero']

/**
 * Keystroke to painted results in "Who is listed" (the count and the first result), as the goods
 * figure measures it: from the input event to the end of the first frame that shows the change, and
 * which frame after the key that was. The end is a message posted in that frame's animation callback:
 * it runs after the paint, but also after any task the page queued before it (React's deferred render
 * of the results below the first six, up to one 5 ms slice), so the time is an upper bound.
 */
export async function measureNameSearch(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } })
  const page = await context.newPage()
  await page.goto(url)
  const box = page.getByRole('searchbox', { name: 'Search names' })
  await scrollUntilVisible(page, page.locator('#listed'), box, { timeout: 60_000 })
  await box.focus()
  await settle(page)
  await page.evaluate(() => {
    const w = window
    w.__samples = []
    const input = document.querySelector('#listed input[type="search"]')
    const snapshot = () =>
      (document.querySelector('.listed-count')?.textContent ?? '') +
      '|' +
      (document.querySelector('.listed-results li')?.textContent ?? '')
    let before = ''
    input.addEventListener('input', () => (before = snapshot()), true)
    window.addEventListener('input', (e) => {
      if (e.target !== input) return
      const t0 = e.timeStamp
      let frames = 0
      const frame = () => {
        frames++
        if (snapshot() !== before) {
          const channel = new MessageChannel()
          const f = frames
          channel.port1.onmessage = () => w.__samples.push({ ms: performance.now() - t0, frames: f })
          channel.port2.postMessage(null)
        } else if (performance.now() - t0 < 3000) requestAnimationFrame(frame)
        else w.__samples.push(null)
      }
      requestAnimationFrame(frame)
    })
  })
  for (const seq of NAME_SEARCHES) {
    for (const ch of seq) {
      const n = await page.evaluate(
        () =>
          new Promise((resolve) =>
            requestAnimationFrame(() => setTimeout(() => resolve(window.__samples.length), 5)),
          ),
      )
      await page.keyboard.type(ch)
      await page.waitForFunction((k) => window.__samples.length > k, n, { timeout: 10_000 }).catch(() => {})
    }
    await page.keyboard.press('Control+a')
    await page.keyboard.press('Backspace')
    await page.waitForTimeout(200)
  }
  const timed = await page.evaluate(() => window.__samples.filter((x) => x !== null))
  const count = await page.locator('.listed-count').innerText()
  await context.close()
  return { samples: timed.map((x) => x.ms), frames: timed.map((x) => x.frames), count }
}

/** A workbook laid out like the Ministry of Finance's: title row, header row, then `rows` designations. */
export function makeMofWorkbook(rows) {
  const book = utils.book_new()
  const individuals = Math.round(rows * 0.7)
  const sheet = (title, header, n, make) =>
    utils.aoa_to_sheet([[title], header, ...Array.from({ length: n }, (_, i) => make(i))])
  utils.book_append_sheet(
    book,
    sheet(
      '資産凍結等の措置の対象となるロシア連邦の団体及び個人（個人）',
      ['告示日付', '告示番号', '日本語表記', '英語表記', '別名', '肩書等', '生年月日', '出生地'],
      individuals,
      (i) => [
        `2022.${(i % 12) + 1}.${(i % 27) + 1}`,
        i + 1,
        `テスト・ジンブツ${i}`,
        `Test Person ${i}`,
        '',
        '',
        '1960.1.1',
        'モスクワ',
      ],
    ),
    '29.ロシア連邦(個人)',
  )
  utils.book_append_sheet(
    book,
    sheet(
      '資産凍結等の措置の対象となるロシア連邦の団体及び個人（団体（特定銀行を除く））',
      ['告示日付', '告示番号', '日本語表記', '英語表記', '別称・旧称', '所在地'],
      rows - individuals,
      (i) => [
        `2023.${(i % 12) + 1}.${(i % 27) + 1}`,
        i + 1,
        `テスト団体${i}`,
        `Test Organisation ${i}`,
        '',
        'Moscow, Russia',
      ],
    ),
    '30.ロシア連邦(団体)',
  )
  return Buffer.from(write(book, { type: 'buffer', bookType: 'xlsx' }))
}

/**
 * Opening a workbook through "Open dataset…" on a page showing the bundled dataset: time from the pick
 * until the header names the workbook (its lists are in use), and the main thread's longest task then.
 */
export async function measureWorkbookOpen(browser, url, file) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  await context.addInitScript(observeEvents)
  const page = await context.newPage()
  await page.goto(url)
  await page.locator('#timeline figure .recharts-bar-rectangle').first().waitFor({ timeout: 60_000 })
  await page.waitForTimeout(1500)
  await page.getByRole('button', { name: 'Open dataset…' }).click()
  const input = page.getByRole('dialog').getByLabel('From your computer')
  const start = await page.evaluate(() => performance.now())
  await input.setInputFiles(file)
  await page.getByRole('banner').getByText(file.split('/').at(-1)).waitFor({ timeout: 120_000 })
  const usableMs = (await page.evaluate(() => performance.now())) - start
  await page.waitForTimeout(1000)
  const tasks = await page.evaluate((t0) => window.__tasks.filter(([s]) => s >= t0), start)
  await context.close()
  return { usableMs, longestTaskMs: Math.max(0, ...tasks.map(([, d]) => d)), longTasks: tasks.length }
}
