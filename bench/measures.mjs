// Each measure opens a fresh browser context (cold cache) and reads timings inside the page.

/** Time from navigation start to the page's "painted" mark, in ms. */
export async function measureFirstPaint(browser, url, kind) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  const response = await page.goto(url)
  const prerendered = (await response.text()).includes('id="prerender"')
  const name = kind === 'app' ? 'first-chart-painted' : 'baseline-painted'
  await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout: 30_000 })
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0)
  const result = await page.evaluate(
    ({ n, prerendered, kind }) => {
      const mark = performance.getEntriesByName(n)[0]
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]
      // The baseline's first contentful paint is its one element; a prerendered chart is painted with
      // the page's first contentful paint, before any script has run. Both are read the same way.
      if (kind === 'blank' || prerendered) return { ms: fcp.startTime, how: 'first contentful paint' }
      return {
        ms: Math.max(mark.startTime, fcp.startTime),
        how: 'mark in the frame the chart first holds data',
      }
    },
    { n: name, prerendered, kind },
  )
  await context.close()
  return result
}

/** What the search figures type: each search a key at a time, then cleared. */
const SEARCHES = ['84', 'cafe', '量子', 'pump 1']
/** One frame at 60 Hz, and how many points in it the search figure's keystrokes are spread over. */
const FRAME_MS = 1000 / 60
const PHASES = 12

/** A fresh page with the goods search box in view and focused, once the page has drawn that view. */
async function openSearchBox(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } })
  const page = await context.newPage()
  await page.goto(url)
  const box = page.getByRole('searchbox', { name: 'Search banned goods' })
  await box.waitFor({ timeout: 60_000 })
  await page.locator('.goods-count').waitFor()
  await box.scrollIntoViewIfNeeded()
  await box.focus()
  // A person brings the box into view, then types. Typing within a few ms of the scroll timed the
  // scroll too: the first keystroke's frame waited for the scrolled view's tiles to be drawn (30–50 ms
  // in a trace of the compositor). Two frames and an idle moment let the scroll's frame finish first;
  // the first keystroke still runs the page's code for the first time, and is reported on its own too.
  await page.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => requestIdleCallback(() => resolve(), { timeout: 1000 })),
        ),
      ),
  )
  return { context, page }
}

/**
 * Keystroke to painted rows in the goods search, for a sequence of keystrokes: ms per keystroke whose
 * rows changed (samples), the page load's first keystroke (first), and how many keystrokes' rows were
 * shown only in a later frame than the first one after the keystroke (laterFrames).
 */
export async function measureSearch(browser, url) {
  const { context, page } = await openSearchBox(browser, url)
  await page.evaluate(() => {
    // From the input event (one per keystroke, IME included) to the end of the first frame whose rendering
    // holds the changed list (count or first row): a frame request made in the input event is for the
    // next frame, and a message posted from its callback runs once that frame has been painted. If the
    // list has not changed by then (a render deferred past the event), the next frames are checked.
    // (Until 28 Nov 2026 the change was looked for in a timer first, which could run after the frame
    // that painted it and so count one frame more.)
    const w = window
    w.__samples = []
    // Per sample, the frame that showed the change: 1 for the first frame after the keystroke.
    w.__frames = []
    const input = document.querySelector('input[type="search"]')
    const snapshot = () => {
      const count = document.querySelector('.goods-count')?.textContent ?? ''
      const first = document.querySelector('.goods-table tbody tr:not(.spacer)')?.textContent ?? ''
      return count + '|' + first
    }
    let before = ''
    // Capture phase on the input: runs before the app's handler has rendered anything.
    input.addEventListener('input', () => (before = snapshot()), true)
    window.addEventListener('input', (e) => {
      if (e.target !== input) return
      const t0 = e.timeStamp
      let frames = 0
      const frame = () => {
        frames++
        if (snapshot() !== before) {
          const channel = new MessageChannel()
          channel.port1.onmessage = () => {
            w.__samples.push(performance.now() - t0)
            w.__frames.push(frames)
          }
          channel.port2.postMessage(null)
        } else if (performance.now() - t0 < 3000) requestAnimationFrame(frame)
        else w.__samples.push(null)
      }
      requestAnimationFrame(frame)
    })
  })
  let key = 0
  for (const seq of SEARCHES) {
    for (const ch of seq) {
      // A person's keystrokes land anywhere in the display's 16.7 ms frame cycle, and when one lands
      // decides how long it waits for the next frame. Typed as soon as the last sample was read, they
      // landed a fixed three CDP round trips after a frame, and the figure moved with the round trip's
      // length (one build's page loads had medians of 14.3–20.7 ms). So each key waits for a frame, then
      // for one of twelve evenly spaced points in the cycle, taken in a fixed shuffled order.
      const delay = ((key++ * 5) % PHASES) * (FRAME_MS / PHASES)
      const before = await page.evaluate(
        (d) =>
          new Promise((resolve) =>
            requestAnimationFrame(() => setTimeout(() => resolve(window.__samples.length), d)),
          ),
        delay,
      )
      await page.keyboard.type(ch)
      await page.waitForFunction((n) => window.__samples.length > n, before, { timeout: 10_000 })
    }
    const before = await page.evaluate(() => window.__samples.length)
    await page.keyboard.press('Control+a')
    await page.keyboard.press('Backspace')
    await page
      .waitForFunction((n) => window.__samples.length > n, before, { timeout: 10_000 })
      .catch(() => {})
  }
  const all = await page.evaluate(() => window.__samples)
  const frames = await page.evaluate(() => window.__frames)
  await context.close()
  // The first keystroke of a page load on its own too: it runs the page's search and row code first.
  return {
    samples: all.filter((x) => x !== null),
    first: all[0] ?? null,
    laterFrames: frames.filter((f) => f > 1).length,
  }
}

/**
 * Main-thread work per keystroke of the goods search, from a trace: the input event's handlers, the
 * layout the text field's editing forces after them, and the frame that paints the result. Unlike the
 * keystroke-to-frame time, it leaves out the wait for the frame to start (which depends on where the
 * keystroke lands in the 16.7 ms frame cycle), so it moves less from run to run. Keys are typed 120 ms
 * apart, after a warm-up search.
 */
export async function measureSearchWork(browser, url) {
  const { context, page } = await openSearchBox(browser, url)
  const typeAndClear = async (seq) => {
    for (const ch of seq) {
      await page.keyboard.type(ch)
      await page.waitForTimeout(120)
    }
    await page.keyboard.press('Control+a')
    await page.keyboard.press('Backspace')
    await page.waitForTimeout(120)
  }
  await typeAndClear('pump')
  await browser.startTracing(page, { categories: ['devtools.timeline', 'cc'] })
  for (const seq of SEARCHES) await typeAndClear(seq)
  const trace = JSON.parse((await browser.stopTracing()).toString())
  await context.close()
  const events = trace.traceEvents ?? trace
  const inputs = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'input')
  const main = inputs[0]
  if (main === undefined) return []
  const onMain = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X')
    .sort((a, b) => a.ts - b.ts)
  const work = []
  for (const input of inputs) {
    const end = input.ts + input.dur
    const frame = onMain.find((e) => e.name === 'ProxyMain::BeginMainFrame' && e.ts >= end)
    if (frame === undefined || frame.ts - end > 50_000) continue
    const forced = onMain
      .filter((e) => e.name === 'Layout' && e.ts >= end && e.ts < frame.ts)
      .reduce((sum, e) => sum + e.dur, 0)
    work.push((input.dur + forced + frame.dur) / 1000)
  }
  return work
}

/** Click on "Download PNG" (4×) to the file being handed to the browser, in ms; the first run loads the export code. */
export async function measureExport(browser, url, runs) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })
  const page = await context.newPage()
  await page.goto(url)
  const figure = page.locator('#timeline figure').first()
  await figure.locator('.recharts-bar-rectangle').first().waitFor()
  await page.evaluate(() => {
    const w = window
    w.__exports = []
    const click = HTMLAnchorElement.prototype.click
    HTMLAnchorElement.prototype.click = function patched() {
      if (this.download.endsWith('.png')) w.__exports.push(performance.now() - w.__exportStart)
      return click.call(this)
    }
    document.addEventListener(
      'click',
      (e) => {
        if (e.target instanceof HTMLElement && e.target.textContent === 'Download PNG')
          w.__exportStart = e.timeStamp
      },
      true,
    )
  })
  await figure.getByRole('button', { name: 'Export', exact: true }).click()
  await figure.getByLabel('PNG scale').selectOption('4')
  const times = []
  for (let i = 0; i < runs; i++) {
    await Promise.all([
      page.waitForEvent('download'),
      figure.getByRole('button', { name: 'Download PNG' }).click(),
    ])
    times.push(await page.evaluate((i) => window.__exports[i], i))
  }
  await context.close()
  return times
}

/** Load a large dataset: time until the goods list shows its count, and the longest main-thread task. */
export async function measureOpenLarge(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  await context.addInitScript(() => {
    const w = window
    w.__longest = 0
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration)
    }).observe({ type: 'longtask', buffered: true })
  })
  const page = await context.newPage()
  await page.goto(url)
  await page
    .locator('.goods-count')
    .filter({ hasText: /of 100,\d{3} items/ })
    .waitFor({ timeout: 120_000 })
  const usableMs = await page.evaluate(() => performance.now())
  await page.waitForTimeout(300)
  const longestTaskMs = await page.evaluate(() => window.__longest)
  await context.close()
  return { usableMs, longestTaskMs }
}

/**
 * Open a large dataset file on a page already showing the bundled one (the file picker of "Open
 * dataset…"): time from the pick until the goods list counts every item, and the longest main-thread
 * task in that time (page start-up is not part of it).
 */
export async function measureOpenFile(browser, url, file, total) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  await context.addInitScript(() => {
    const w = window
    w.__tasks = []
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__tasks.push([e.startTime, e.duration])
    }).observe({ type: 'longtask', buffered: true })
  })
  const page = await context.newPage()
  await page.goto(url)
  await page.locator('.goods-count').waitFor({ timeout: 60_000 })
  // Let start-up finish (its long tasks are not this figure's).
  await page.waitForTimeout(1500)
  await page.getByRole('button', { name: 'Open dataset…' }).click()
  const input = page.getByRole('dialog').getByLabel('From your computer')
  const start = await page.evaluate(() => performance.now())
  await input.setInputFiles(file)
  await page
    .locator('.goods-count')
    .filter({ hasText: new RegExp(`of ${total.toLocaleString('en')} items`) })
    .waitFor({ timeout: 120_000 })
  const usableMs = (await page.evaluate(() => performance.now())) - start
  // The charts and panels below the list mount after it: their tasks count too.
  await page.waitForTimeout(1000)
  const tasks = await page.evaluate((t0) => window.__tasks.filter(([s]) => s >= t0), start)
  await context.close()
  return { usableMs, longestTaskMs: Math.max(0, ...tasks.map(([, d]) => d)), longTasks: tasks.length }
}
