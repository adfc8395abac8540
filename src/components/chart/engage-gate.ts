import { useSyncExternalStore } from 'react'

/*
 * Opens once, when a reader first points at or moves focus into a chart, so a part only they need (the
 * tooltip) joins the chart then, not in its first render. An outside store, not the chart's own state: a
 * state change in the chart component would re-render the chart with new callbacks, which remounts its
 * dots and drops the keyboard focus (components/chart/chart-points.tsx); here only the part that reads it renders.
 */
export interface EngageGate {
  open: () => void
  isOpen: () => boolean
  subscribe: (listener: () => void) => () => void
}

export function createEngageGate(): EngageGate {
  let opened = false
  const listeners = new Set<() => void>()
  return {
    open: () => {
      if (opened) return
      opened = true
      for (const listener of listeners) listener()
    },
    isOpen: () => opened,
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

/** Whether the gate has opened; re-renders the caller once, when it does. */
export function useEngaged(gate: EngageGate): boolean {
  return useSyncExternalStore(gate.subscribe, gate.isOpen, gate.isOpen)
}
