import { useEffect, useState } from 'react'

import { whenIdle } from '@/lib/idle'

/**
 * How many of `total` items a long list renders: `step` at first, `step` more each time the browser is
 * idle, until all are there. A dataset of 10,000 tranches made the tranche list one 450 ms task of style
 * and layout (and 190 ms of rendering); in steps, each task stays short. Lists the size of the bundled
 * dataset's (under a hundred) render whole at once.
 */
export function useProgressiveCount(total: number, step = 500): number {
  const [count, setCount] = useState(() => Math.min(total, step))
  useEffect(() => {
    if (count >= total) return
    return whenIdle(() => setCount((c) => c + step))
  }, [count, total, step])
  return Math.min(count, total)
}
