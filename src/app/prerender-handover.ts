/**
 * The build bakes the default view into <div id="prerender"> (scripts/prerender-default-view.ts), so the dashboard
 * paints before any script runs. The live app renders hidden beside it (app.css) and replaces it as
 * soon as it has something of its own to show: its chart, or an error.
 */
import { FIRST_CHART_SELECTOR, whenPresent } from '@/lib/perf-marks'

/** How long a rendered dashboard without a chart (e.g. every measure type filtered out) waits. */
const NO_CHART_GRACE_MS = 400

export function handOverFromPrerender(): void {
  const snapshot = document.getElementById('prerender')
  if (snapshot === null) return
  let done = false
  // Once swapped, the watches still waiting (an error that never came) are stopped, so they do not look
  // at every later change to the page.
  const swap = () => {
    if (done) return
    done = true
    snapshot.remove()
    for (const stop of stops) stop()
  }
  const stops = [
    whenPresent(FIRST_CHART_SELECTOR, swap),
    whenPresent('#root [role="alert"]', swap),
    whenPresent('#root .panel', () => setTimeout(swap, NO_CHART_GRACE_MS)),
  ]
}
