import { afterEach, describe, expect, it, vi } from 'vitest'

import { afterNextPaint, whenIdleSteps, yieldToMain } from '@/lib/idle'

// Node has no requestIdleCallback: whenIdle falls back to a 50 ms timer, which fake timers drive.
describe('whenIdleSteps', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('runs the steps in order, one per idle moment', () => {
    vi.useFakeTimers()
    const ran: number[] = []
    whenIdleSteps([0, 1, 2].map((k) => () => ran.push(k)))
    expect(ran).toEqual([])
    vi.advanceTimersByTime(50)
    expect(ran).toEqual([0])
    vi.advanceTimersByTime(50)
    expect(ran).toEqual([0, 1])
    vi.advanceTimersByTime(50)
    expect(ran).toEqual([0, 1, 2])
    vi.advanceTimersByTime(500)
    expect(ran).toEqual([0, 1, 2])
  })

  it('runs none of the steps left once cancelled', () => {
    vi.useFakeTimers()
    const ran: number[] = []
    const cancel = whenIdleSteps([0, 1, 2].map((k) => () => ran.push(k)))
    vi.advanceTimersByTime(50)
    cancel()
    vi.advanceTimersByTime(500)
    expect(ran).toEqual([0])
  })

  it('does nothing for no steps', () => {
    vi.useFakeTimers()
    const cancel = whenIdleSteps([])
    expect(vi.getTimerCount()).toBe(0)
    cancel()
  })
})

describe('yieldToMain and afterNextPaint', () => {
  it('resolve in a later task, after what the current task queued', async () => {
    const order: string[] = []
    const yielded = yieldToMain().then(() => order.push('yielded'))
    const painted = afterNextPaint().then(() => order.push('painted'))
    queueMicrotask(() => order.push('microtask'))
    order.push('sync')
    await Promise.all([yielded, painted])
    expect(order.slice(0, 2)).toEqual(['sync', 'microtask'])
    expect(order).toContain('yielded')
    expect(order).toContain('painted')
  })
})
