/**
 * Keyboard access to a chart's data points: one Tab stop per chart, the arrow keys (and Home, End)
 * move between points, and each point is an image named by its value, so a screen reader says the
 * value of the point in focus. The chart shows its tooltip at the point in focus.
 *
 * The focus state lives in a provider around the chart, not in the chart: re-rendering a recharts
 * chart with new callbacks remounts its dots, which would drop the focus.
 */
import { createContext, useContext, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react'

export interface PointProps {
  className: string
  role: 'img'
  'aria-label': string
  'data-point': number
  tabIndex: 0 | -1
  onFocus: () => void
  onBlur: () => void
  onKeyDown: (e: KeyboardEvent<SVGGElement>) => void
}

const NEXT = new Set(['ArrowRight', 'ArrowDown'])
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp'])

/** The point a key moves to from `index`, or undefined when the key is not one of ours. */
function nextPoint(order: readonly number[], index: number, key: string): number | undefined {
  const at = order.indexOf(index)
  if (NEXT.has(key)) return order[Math.min(at + 1, order.length - 1)]
  if (PREVIOUS.has(key)) return order[Math.max(at - 1, 0)]
  if (key === 'Home') return order[0]
  if (key === 'End') return order[order.length - 1]
  return undefined
}

interface PointFocus {
  /** The data index of the point in focus, if any. */
  active: number | null
  pointProps: (index: number, label: string) => PointProps
}

const PointFocusContext = createContext<PointFocus | null>(null)

/** @param order the data indices of the focusable points, in reading order */
export function PointFocusProvider({ order, children }: { order: readonly number[]; children: ReactNode }) {
  const [stop, setStop] = useState<number | null>(null)
  const [active, setActive] = useState<number | null>(null)
  const tabStop = stop !== null && order.includes(stop) ? stop : (order[0] ?? null)
  const value = useMemo<PointFocus>(
    () => ({
      active,
      pointProps: (index, label) => ({
        className: 'chart-point',
        role: 'img',
        'aria-label': label,
        'data-point': index,
        tabIndex: index === tabStop ? 0 : -1,
        onFocus: () => {
          setStop(index)
          setActive(index)
        },
        onBlur: () => setActive((a) => (a === index ? null : a)),
        onKeyDown: (e) => {
          const next = nextPoint(order, index, e.key)
          if (next === undefined) return
          e.preventDefault()
          e.currentTarget.ownerSVGElement?.querySelector<SVGGElement>(`[data-point="${next}"]`)?.focus()
        },
      }),
    }),
    [active, tabStop, order],
  )
  return <PointFocusContext value={value}>{children}</PointFocusContext>
}

/** The focus state of the chart's points; null outside a PointFocusProvider (an exported image). */
export function usePointFocus(): PointFocus | null {
  return useContext(PointFocusContext)
}
