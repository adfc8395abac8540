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

export function markWhenPresent(selector: string, markName: string): void {
  if (typeof performance?.mark !== 'function') return
  whenPresent(selector, () => performance.mark(markName))
}

/** The live timeline's chart holds data: its first bar is drawn. */
export const FIRST_CHART_SELECTOR = '#root #timeline figure .recharts-bar-rectangle'
export const FIRST_CHART_MARK = 'first-chart-painted'
