import { memo, useDeferredValue, type ComponentType } from 'react'
import { useShallow } from 'zustand/react/shallow'

import type { MeasureFilter } from '@/data/shape/filter'
import { useDashboardStore } from '@/state/store'

/**
 * A panel that follows the page-wide filter (measure types, dates) one step behind it: ticking a type
 * repaints the filter bar at once, and the panel redraws in a transition React can split and interrupt.
 * Without it, one tick re-rendered every chart before the checkbox could repaint (112–376 ms to the next
 * paint, bench). The panel's own controls stay live: it reads them from the store itself.
 */
export function withDeferredFilter<P extends { filter: MeasureFilter }>(
  Panel: ComponentType<P>,
): ComponentType<Omit<P, 'filter'>> {
  const Body = memo(Panel) as ComponentType<P>
  function DeferredFilter(props: Omit<P, 'filter'>) {
    const live = useDashboardStore(
      useShallow((s): MeasureFilter => ({ types: s.view.types, from: s.view.from, to: s.view.to })),
    )
    // The same object until the filter changes (useShallow), so the memoised panel skips the urgent render.
    const filter = useDeferredValue(live)
    return <Body {...({ ...props, filter } as P)} />
  }
  DeferredFilter.displayName = `Deferred(${Panel.displayName ?? Panel.name})`
  return DeferredFilter
}
