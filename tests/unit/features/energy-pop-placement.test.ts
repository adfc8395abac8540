import { describe, expect, it } from 'vitest'

import { placePop } from '@/features/energy/pop-placement'

const panel = { left: 16, top: 100, right: 376, bottom: 900 }
/** A figure 20 px tall from `left` to `right`, its top at `top`. */
const figure = (left: number, right: number, top = 200) => ({ left, right, top, bottom: top + 20 })
const pop = (width: number, height = 80) => ({ width, height })

describe('placePop', () => {
  it('lines up with the anchor when the pop-up fits', () => {
    expect(placePop(figure(40, 90), pop(200), panel, 'start')).toEqual({ left: 0, above: false })
    expect(placePop(figure(300, 360), pop(200), panel, 'end')).toEqual({ left: 60 - 200, above: false })
  })

  it('slides left from a figure near the right edge, and right from one near the left', () => {
    const nearRight = placePop(figure(300, 340), pop(200), panel, 'start')
    expect(300 + nearRight.left + 200).toBe(panel.right)
    const nearLeft = placePop(figure(20, 60), pop(200), panel, 'end')
    expect(20 + nearLeft.left).toBe(panel.left)
  })

  it('starts at the left edge when the pop-up is wider than the room', () => {
    const p = placePop(figure(200, 240), pop(400), panel, 'start')
    expect(200 + p.left).toBe(panel.left)
  })

  it('opens above when there is no room below and there is room above', () => {
    expect(placePop(figure(40, 90, 850), pop(200, 120), panel, 'start').above).toBe(true)
    // No room either way: below, where the page can scroll to it.
    const short = { ...panel, top: 800 }
    expect(placePop(figure(40, 90, 850), pop(200, 120), short, 'start').above).toBe(false)
  })
})
