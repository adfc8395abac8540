import { useSyncExternalStore } from 'react'

const QUERY = '(max-width: 40rem)'

function subscribe(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => {}
  const list = window.matchMedia(QUERY)
  list.addEventListener('change', onChange)
  return () => list.removeEventListener('change', onChange)
}

function snapshot(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(QUERY).matches
}

/**
 * true on a narrow screen. SVG charts lay out their axes and labels in pixels, so they cannot follow a
 * CSS media query; they ask this instead and shrink their margins.
 */
export function useCompact(): boolean {
  return useSyncExternalStore(subscribe, snapshot, () => false)
}
