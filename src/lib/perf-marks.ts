/**
 * Performance marks the benchmark reads (npm run bench). A mark is set in the frame after the
 * element first appears, i.e. when it is about to be painted.
 */
export function markWhenPresent(selector: string, markName: string, root: ParentNode = document): void {
  if (typeof MutationObserver === 'undefined' || typeof performance?.mark !== 'function') return
  const mark = () => requestAnimationFrame(() => performance.mark(markName))
  if (root.querySelector(selector) !== null) {
    mark()
    return
  }
  const observer = new MutationObserver(() => {
    if (root.querySelector(selector) === null) return
    observer.disconnect()
    mark()
  })
  observer.observe(document.documentElement, { childList: true, subtree: true })
}

/** The timeline's chart holds data: its first bar is drawn. */
export const FIRST_CHART_SELECTOR = '#timeline figure .recharts-bar-rectangle'
export const FIRST_CHART_MARK = 'first-chart-painted'
