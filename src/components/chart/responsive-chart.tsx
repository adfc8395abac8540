import { useRef, type ReactElement } from 'react'
import { ResponsiveContainer } from 'recharts'

import { useStaged } from '@/components/staged'

/**
 * A page chart that fills its container's width. Its first render (tens of ms of recharts work) runs in
 * a task of its own (useStaged), behind a blank of the same height so nothing moves.
 *
 * The chart is drawn at its box's width from its first render (initialDimension). Left to measure
 * itself, ResponsiveContainer rendered an empty box in the staged task, read its size in an effect, and
 * drew the chart in a later update of React's choosing: the staging only timed the empty boxes.
 */
export function ResponsiveChart({ height, children }: { height: number; children: ReactElement }) {
  const box = useRef<HTMLDivElement>(null)
  const width = useStaged(() => box.current?.clientWidth ?? 0)
  return (
    <div ref={box} className={width === null ? 'chart-pending' : undefined} style={{ height }}>
      {width === null ? null : (
        <ResponsiveContainer width="100%" height={height} initialDimension={{ width, height }}>
          {children}
        </ResponsiveContainer>
      )}
    </div>
  )
}
