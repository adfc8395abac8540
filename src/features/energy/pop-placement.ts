/** A box in viewport pixels, as getBoundingClientRect gives it. */
export interface Box {
  left: number
  top: number
  right: number
  bottom: number
}

export interface PopPlacement {
  /** The pop-up's left edge, relative to its anchor's left edge. */
  left: number
  /** Whether it opens above its anchor (there is no room below). */
  above: boolean
}

/**
 * Where a figure's pop-up goes so that it stays inside `bounds` (its panel, within the window). Panels
 * clip what overflows them (they are paint-contained so that a panel off screen skips drawing), so a
 * pop-up that ran past the panel's edge would be cut off: it slides left or right, and opens above its
 * figure when there is no room below and there is room above.
 */
export function placePop(
  anchor: Box,
  pop: { width: number; height: number },
  bounds: Box,
  align: 'start' | 'end',
): PopPlacement {
  const wanted = align === 'start' ? anchor.left : anchor.right - pop.width
  const latest = bounds.right - pop.width
  const absolute =
    pop.width >= bounds.right - bounds.left ? bounds.left : Math.min(Math.max(wanted, bounds.left), latest)
  const roomBelow = bounds.bottom - anchor.bottom
  const roomAbove = anchor.top - bounds.top
  return {
    left: Math.round(absolute - anchor.left),
    above: pop.height > roomBelow && pop.height <= roomAbove,
  }
}
