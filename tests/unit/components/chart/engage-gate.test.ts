import { describe, expect, it, vi } from 'vitest'

import { createEngageGate } from '@/components/chart/engage-gate'

describe('the engage gate (the timeline tooltip joins on the first pointer or focus)', () => {
  it('opens once, telling each listener once, and stays open', () => {
    const gate = createEngageGate()
    const a = vi.fn()
    const b = vi.fn()
    gate.subscribe(a)
    const stopB = gate.subscribe(b)
    expect(gate.isOpen()).toBe(false)
    stopB()
    gate.open()
    gate.open()
    expect(gate.isOpen()).toBe(true)
    expect(a).toHaveBeenCalledTimes(1)
    expect(b).not.toHaveBeenCalled()
  })

  it('keeps each chart’s gate apart', () => {
    const one = createEngageGate()
    const two = createEngageGate()
    one.open()
    expect(two.isOpen()).toBe(false)
  })
})
