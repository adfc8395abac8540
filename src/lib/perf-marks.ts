/**
 * Watching the page for elements: performance marks the benchmark reads (npm run bench), and the
 * hand-over from the prerendered snapshot to the live app.
 */

/**
 * Calls back once, in the frame after an element matching the selector first appears; returns a function
 * that stops watching. Stop a watch that is no longer needed: until its element appears, every change to
 * the page's nodes (each keystroke's rows in the goods list) queues a mutation record and a document-wide
 * querySelector for it.
 */
export function whenPresent(selector: string, callback: () => void): () => void {
  if (typeof MutationObserver === 'undefined') return () => {}
  const fire = () => requestAnimationFrame(callback)
  if (document.querySelector(selector) !== null) {
    fire()
    return () => {}
  }
  const observer = new MutationObserver(() => {
    if (document.querySelector(selector) === null) return
    observer.disconnect()
    fire()
  })
  observer.observe(document.documentElement, { childList: true, subtree: true })
  return () => observer.disconnect()
}

/**
 * How long a start-up mark waits for its element. The marks time the page's start; a page whose chart
 * never comes (a link that filters every measure out, a dataset that fails) would otherwise keep its
 * watch, and the watch's cost on every change, for good.
 */
export const MARK_WATCH_MS = 30_000

/** Marks the frame after an element matching the selector first appears, if it does within MARK_WATCH_MS. */
export function markWhenPresent(selector: string, markName: string): void {
  if (typeof performance?.mark !== 'function') return
  const stop = whenPresent(selector, () => performance.mark(markName))
  setTimeout(stop, MARK_WATCH_MS)
}

/** The live timeline's chart holds data: its first bar is drawn. */
export const FIRST_CHART_SELECTOR = '#root #timeline figure .recharts-bar-rectangle'
export const FIRST_CHART_MARK = 'first-chart-painted'
