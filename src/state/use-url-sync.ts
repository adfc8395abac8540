/**
 * The one effect that keeps the view state and the address bar in step. A user's change pushes a
 * history entry (so Back and Forward work); Back/Forward and reloads restore the view from the URL.
 */
import { useEffect } from 'react'

import type { Said } from '@/lib/i18n/said'
import { useDashboardStore } from '@/state/store'
import {
  VIEW_PARAMS,
  FOREIGN_PARAMS,
  parseViewState,
  serializeViewState,
  viewStatesEqual,
  type ViewState,
} from '@/state/url-state'

/** The URL for a view, keeping parameters other features own (dataset, language) and the hash. */
export function urlForView(
  view: ViewState,
  location: Pick<Location, 'pathname' | 'search' | 'hash'>,
): string {
  const params = new URLSearchParams(serializeViewState(view))
  const current = new URLSearchParams(location.search)
  for (const name of FOREIGN_PARAMS) {
    const value = current.get(name)
    if (value !== null) params.set(name, value)
  }
  const search = params.toString().replaceAll('%2C', ',')
  return `${location.pathname}${search === '' ? '' : `?${search}`}${location.hash}`
}

function currentUrl(): string {
  return `${window.location.pathname}${window.location.search}${window.location.hash}`
}

/** Reads the view from the address bar into the store; malformed parameters become notices. */
export function loadViewFromLocation(otherNotices: readonly Said[] = []): void {
  const { state, notices } = parseViewState(window.location.search)
  useDashboardStore.getState().setView(state, [...otherNotices, ...notices])
  const clean = urlForView(state, window.location)
  if (clean !== currentUrl()) window.history.replaceState(window.history.state, '', clean)
}

/** Whether the address already holds the search being typed (goods or names). */
function searchInAddress(field: SearchField): boolean {
  return new URLSearchParams(window.location.search).has(VIEW_PARAMS[field])
}

/** The view's free-text searches: typed a key at a time, written to the address once typing pauses. */
type SearchField = 'goodsSearch' | 'namesQuery'
const SEARCH_FIELDS: readonly SearchField[] = ['goodsSearch', 'namesQuery']

/** How long typing must pause before the search is written to the address bar. */
export const SEARCH_URL_DELAY_MS = 300

/** The one search that changed, when nothing else did; else null. */
function onlySearchChanged(a: ViewState, b: ViewState): SearchField | null {
  for (const field of SEARCH_FIELDS) {
    if (a[field] !== b[field] && viewStatesEqual({ ...a, [field]: b[field] }, b)) return field
  }
  return null
}

export function useUrlSync(): void {
  useEffect(() => {
    const onPopState = () => {
      const { state, notices } = parseViewState(window.location.search)
      useDashboardStore.getState().setView(state, notices)
    }
    window.addEventListener('popstate', onPopState)
    // Typing a search writes the address once typing pauses: history.replaceState costs milliseconds
    // per call, too much for every keystroke. The first keystroke of a search still adds an entry.
    let pending: ReturnType<typeof setTimeout> | undefined
    const write = (replace: boolean) => {
      pending = undefined
      const next = urlForView(useDashboardStore.getState().view, window.location)
      if (next === currentUrl()) return
      if (replace) window.history.replaceState(null, '', next)
      else window.history.pushState(null, '', next)
    }
    const unsubscribe = useDashboardStore.subscribe((s, prev) => {
      if (s.view === prev.view) return
      clearTimeout(pending)
      const search = onlySearchChanged(s.view, prev.view)
      if (search !== null) {
        // A new search adds an entry; refining one already in the address replaces it.
        pending = setTimeout(() => write(searchInAddress(search)), SEARCH_URL_DELAY_MS)
      } else write(false)
    })
    return () => {
      clearTimeout(pending)
      window.removeEventListener('popstate', onPopState)
      unsubscribe()
    }
  }, [])
}
