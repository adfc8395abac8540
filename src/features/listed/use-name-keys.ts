import { useEffect, useMemo, useState } from 'react'

import type { Designation } from '@/data/official/designation'
import { nameKey, type NameKey } from '@/data/official/name-search'
import { whenIdleSteps } from '@/lib/idle'

/** Names folded per idle step: a few milliseconds each. */
const STEP = 250

/**
 * The folded search key of every designation. Folding the 2,186 bundled names took 30–45 ms in the
 * panel's first render, which came as the reader scrolled towards it (a keystroke in the goods search
 * waited up to 100 ms behind it, bench). They are folded in idle steps after the panel shows instead;
 * a search typed before they are ready (or a search in the page's address) folds them at once.
 */
export function useNameKeys(designations: readonly Designation[], needed: boolean): readonly NameKey[] {
  const [idle, setIdle] = useState<{ of: readonly Designation[]; keys: readonly NameKey[] } | null>(null)
  useEffect(() => {
    const keys: NameKey[] = []
    const steps: Array<() => void> = []
    for (let at = 0; at < designations.length; at += STEP)
      steps.push(() => {
        for (const d of designations.slice(at, at + STEP)) keys.push(nameKey(d))
      })
    steps.push(() => setIdle({ of: designations, keys }))
    return whenIdleSteps(steps)
  }, [designations])
  const ready = idle?.of === designations ? idle.keys : null
  return useMemo(() => ready ?? (needed ? designations.map(nameKey) : NONE), [ready, needed, designations])
}

/** No keys yet: with no search terms, no key is read. */
const NONE: readonly NameKey[] = []
