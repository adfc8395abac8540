import { useEffect, useState, type ReactNode } from 'react'
import { flushSync } from 'react-dom'

import { nextTask } from '@/lib/idle'

/*
 * Mounting the whole dashboard in one go was one 250–350 ms task: each recharts chart's first render
 * takes tens of milliseconds, with synchronous re-renders in its layout effects, and nothing else can
 * run meanwhile (no click, no keystroke, no paint). Staged parts mount one per task instead, in the
 * order they first rendered, so the browser paints and answers input between them.
 */

const waiting: Array<() => void> = []
let running = false

function mountNext(): void {
  const mount = waiting.shift()
  if (mount === undefined) {
    running = false
    return
  }
  running = true
  nextTask(() => {
    mount()
    mountNext()
  })
}

/**
 * False on the first render, true once this part's turn has come: its mount then renders and commits
 * (effects included) within one task of its own.
 */
export function useStagedMount(): boolean {
  const [ready, setReady] = useState(false)
  useEffect(() => {
    let live = true
    waiting.push(() => {
      if (live) flushSync(() => setReady(true))
    })
    if (!running) mountNext()
    return () => {
      live = false
    }
  }, [])
  return ready
}

/** Renders `placeholder` (same size, so nothing moves) until the children's turn to mount. */
export function Staged({ children, placeholder }: { children: ReactNode; placeholder: ReactNode }) {
  return useStagedMount() ? children : placeholder
}
