import { describe, expect, it } from 'vitest'

import { placePop } from '@/features/energy/pop-placement'

const panel = { left: 16, top: 100, right: 376, bottom: 900 }

describe('placePop', () => {
  it('lines up with the anchor when the pop-up fits', () => {
    expect(
      placePop({ left: 40, top: 200, right: 90, bottom: 220 }, { width: 200, height: 80 }, panel, 'start'),
    ).toEqual({
      left: 0,
      above: false,
    })
    expect(
      placePop({ left: 300, top: 200, right: 360, bottom: 220 }, { width: 200, height: 80 }, panel, 'end'),
    ).toEqual({
      left: 60 - 200,
      above: false,
    })
  })

  it('slides left from a figure near the right edge, and right from one near the left', () => {
    const nearRight = placePop(
      { left: 300, top: 200, right: 340, bottom: 220 },
      { width: 200, height: 80 },
      panel,
      'start',
    )
    expect(300 + nearRight.left + 200).toBe(panel.right)
    const nearLeft = placePop(
      { left: 20, top: 200, right: 60, bottom: 220 },
      { width: 200, height: 80 },
      panel,
      'end',
    )
    expect(20 + nearLeft.left).toBe(panel.left)
  })

  it('starts at the left edge when the pop-up is wider than the room', () => {
    const p = placePop(
      { left: 200, top: 200, right: 240, bottom: 220 },
      { width: 400, height: 80 },
      panel,
      'start',
    )
    expect(200 + p.left).toBe(panel.left)
  })

  it('opens above when there is no room below and there is room above', () => {
    expect(
      placePop({ left: 40, top: 850, right: 90, bottom: 870 }, { width: 200, height: 120 }, panel, 'start')
        .above,
    ).toBe(true)
    // No room either way: below, where the page can scroll to it.
    const short = { ...panel, top: 800 }
    expect(
      placePop({ left: 40, top: 850, right: 90, bottom: 870 }, { width: 200, height: 120 }, short, 'start')
        .above,
    ).toBe(false)
  })
})
