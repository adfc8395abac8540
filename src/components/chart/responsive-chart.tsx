import type { ReactElement } from 'react'
import { ResponsiveContainer } from 'recharts'

import { Staged } from '@/components/staged'

/**
 * A page chart that fills its container's width. Its first render (tens of ms of recharts work) runs in
 * a task of its own (Staged), behind a blank of the same height so nothing moves.
 */
export function ResponsiveChart({ height, children }: { height: number; children: ReactElement }) {
  return (
    <Staged placeholder={<div className="chart-pending" style={{ height }} />}>
      <ResponsiveContainer width="100%" height={height}>
        {children}
      </ResponsiveContainer>
    </Staged>
  )
}
