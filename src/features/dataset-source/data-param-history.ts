/** Keeps `?data=` in step with the dataset on screen: a shareable URL source is in the link, anything else is not. */
import { DATA_PARAM, readDataParam, withDataParam, type DataParam } from '@/data/load/data-param'
import type { DatasetSource } from '@/data/load/dataset-source'

export function currentDataParam(): DataParam {
  return readDataParam(window.location.search, window.location.href)
}

/** The `?data=` value a source is shared by: only a whole dataset at a URL (a merged CSV table is not). */
export function shareableUrl(source: DatasetSource): string | null {
  return source.kind === 'url' && source.mergedInto === undefined ? source.url : null
}

/** Writes `?data=` for the source shown; `push` adds a history entry so Back returns to the previous dataset. */
export function writeDataParam(source: DatasetSource, mode: 'push' | 'replace'): void {
  const url = shareableUrl(source)
  const current = new URLSearchParams(window.location.search).get(DATA_PARAM)
  if (current === url) return
  const next = withDataParam(window.location, url)
  if (mode === 'push') window.history.pushState(null, '', next)
  else window.history.replaceState(window.history.state, '', next)
}
