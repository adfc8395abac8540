/**
 * Whether the page is being printed: set by `beforeprint` / `afterprint` and by matchMedia('print') (which
 * also follows print emulation and PDF output). Listening starts with the first component that asks, and
 * the change is rendered synchronously, so what only a printout shows is in the page before it is laid out.
 */
import { useSyncExternalStore } from 'react'
import { flushSync } from 'react-dom'

let printing = false
/** Once printed, stays true: what was mounted for print may stay (hidden on screen). */
let printed = false
let started = false
const listeners = new Set<() => void>()

function set(next: boolean): void {
  if (next === printing) return
  printing = next
  printed ||= next
  flushSync(() => {
    for (const listener of listeners) listener()
  })
}

function start(): void {
  if (started || typeof window === 'undefined') return
  started = true
  const media = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null
  window.addEventListener('beforeprint', () => set(true))
  window.addEventListener('afterprint', () => set(media?.matches ?? false))
  media?.addEventListener('change', (e) => set(e.matches))
  if (media?.matches === true) {
    printing = true
    printed = true
  }
}

function subscribe(listener: () => void): () => void {
  start()
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** True while the page is printed (or emulates print). */
export function usePrinting(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => printing,
    () => false,
  )
}

/** True once the page has been printed at least once. */
export function usePrinted(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => printed,
    () => false,
  )
}
