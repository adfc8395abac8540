/**
 * The one effect that keeps the view state and the address bar in step. A user's change pushes a
 * history entry (so Back and Forward work); Back/Forward and reloads restore the view from the URL.
 */
import { useEffect } from 'react'

import { useDashboardStore } from '@/state/store'
import {
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
export function loadViewFromLocation(): void {
  const { state, notices } = parseViewState(window.location.search)
  useDashboardStore.getState().setView(state, notices)
  const clean = urlForView(state, window.location)
  if (clean !== currentUrl()) window.history.replaceState(window.history.state, '', clean)
}

function onlySearchChanged(a: ViewState, b: ViewState): boolean {
  return a.goodsSearch !== b.goodsSearch && viewStatesEqual({ ...a, goodsSearch: b.goodsSearch }, b)
}

export function useUrlSync(): void {
  useEffect(() => {
    const onPopState = () => {
      const { state, notices } = parseViewState(window.location.search)
      useDashboardStore.getState().setView(state, notices)
    }
    window.addEventListener('popstate', onPopState)
    const unsubscribe = useDashboardStore.subscribe((s, prev) => {
      if (s.view === prev.view) return
      const next = urlForView(s.view, window.location)
      if (next === currentUrl()) return
      // Typing a search adds one history entry, then replaces it on each further keystroke.
      if (onlySearchChanged(s.view, prev.view) && prev.view.goodsSearch !== '') {
        window.history.replaceState(null, '', next)
      } else window.history.pushState(null, '', next)
    })
    return () => {
      window.removeEventListener('popstate', onPopState)
      unsubscribe()
    }
  }, [])
}
