import { startTransition, Suspense, useEffect, useRef, useState, type ReactNode, type RefObject } from 'react'

import { afterNextPaint } from '@/lib/idle'

/*
 * Mounting the whole dashboard in one go was one 250–350 ms task: each recharts chart's first render
 * takes tens of milliseconds, with synchronous re-renders in its layout effects, and nothing else can
 * run meanwhile (no click, no keystroke, no paint). Staged parts mount one per task instead, in the
 * order they first rendered, so the browser paints and answers input between them.
 */

/** Parts waiting for their turn; each is handed the function that starts the next one. */
const waiting: Array<(next: () => void) => void> = []
let running = false

function mountNext(): void {
  const mount = waiting.shift()
  if (mount === undefined) {
    running = false
    return
  }
  running = true
  // After a paint: mounted in the next task, a part mounted by a click (Chart after Table) held that
  // click's paint back by its whole render (interactions p75 48 vs 40 ms, A/B over 3 loads); after a
  // paint, each part's commit has a frame to itself (start-up: longest task 106 → 89 ms, blocking
  // 60 → 39, against the flushSync staging, A/B over 6 loads; interactions p75 32 vs 32).
  void afterNextPaint().then(() => mount(mountNext))
}

/** Starts the next part, once. */
function release(pending: RefObject<(() => void) | null>): void {
  const next = pending.current
  pending.current = null
  next?.()
}

/**
 * Null on the first render; once this part's turn has come, what `measure` returned at that moment (read
 * from the page just before the part mounts: a chart's width). `measure` is the first render's.
 *
 * The part's mount is a transition, so React renders it in slices of ~5 ms with the browser free between
 * them (a click or a key is answered, a frame is painted) and only its commit is one task. Rendered at
 * once (flushSync), the timeline's chart was one 90–120 ms task after start-up, the page's longest. What
 * is left of it is recharts' own re-render inside the commit (its parts register in its store from layout
 * effects), which no scheduling can slice. The next part starts once this one has committed, so parts
 * never commit together.
 */
export function useStaged<T>(measure: () => T): T | null {
  const [value, setValue] = useState<{ v: T } | null>(null)
  const [measureOnce] = useState(() => measure)
  const pending = useRef<(() => void) | null>(null)
  useEffect(() => {
    let live = true
    waiting.push((next) => {
      if (!live) {
        next()
        return
      }
      pending.current = next
      const v = measureOnce()
      startTransition(() => setValue({ v }))
    })
    if (!running) mountNext()
    return () => {
      live = false
      // A part taken down before its mount committed must not hold up the parts after it.
      release(pending)
    }
  }, [measureOnce])
  useEffect(() => {
    if (value !== null) release(pending)
  }, [value])
  return value === null ? null : value.v
}

const ready = () => true

/** False on the first render, true once this part's turn has come (see useStaged). */
export function useStagedMount(): boolean {
  return useStaged(ready) === true
}

/**
 * Renders `placeholder` (same size, so nothing moves) until the children's turn to mount. Children that
 * suspend (a panel whose code is still on its way) show the placeholder in a boundary of their own: a
 * transition that suspended inside a boundary already shown would wait for the code before committing,
 * and hold up every part after it.
 */
export function Staged({ children, placeholder }: { children: ReactNode; placeholder: ReactNode }) {
  return useStagedMount() ? <Suspense fallback={placeholder}>{children}</Suspense> : placeholder
}
