import { afterEach, describe, expect, it, vi } from 'vitest'

import { warmGoodsTableWhenIdle, type GoodsTexts } from '@/features/goods/goods-table'

import { makeSyntheticGoodsRows } from '../../fixtures/synthetic-goods'

const texts: GoodsTexts = { measureTitle: () => undefined, publisher: () => undefined }

/** The detached containers the warm-up renders into (the divs it creates). */
function watchDivs(): HTMLElement[] {
  const divs: HTMLElement[] = []
  const create = document.createElement.bind(document)
  vi.spyOn(document, 'createElement').mockImplementation((tag: string, options?: ElementCreationOptions) => {
    const el = create(tag, options)
    if (tag === 'div') divs.push(el)
    return el
  })
  return divs
}

// jsdom has no requestIdleCallback: each step waits for a 50 ms timer, which fake timers drive.
describe('warmGoodsTableWhenIdle', () => {
  afterEach(() => {
    vi.useRealTimers()
    vi.restoreAllMocks()
  })

  it('renders rows with search marks off the page, one idle step at a time, then drops them', () => {
    vi.useFakeTimers()
    const divs = watchDivs()
    const before = document.body.innerHTML
    warmGoodsTableWhenIdle(makeSyntheticGoodsRows(20), texts)
    vi.advanceTimersByTime(50)
    const [container] = divs
    expect(container?.isConnected).toBe(false)
    expect(container?.querySelectorAll('tbody tr')).toHaveLength(8)
    expect(container?.querySelector('mark')).toBeNull()
    vi.advanceTimersByTime(50)
    // The second step searches for "e": the rows' names ("pump model 1", …) get marks.
    expect(container?.querySelectorAll('mark').length).toBeGreaterThan(0)
    vi.advanceTimersByTime(100)
    expect(container?.querySelector('mark')).toBeNull()
    vi.advanceTimersByTime(50)
    expect(container?.innerHTML).toBe('')
    expect(document.body.innerHTML).toBe(before)
  })

  it('drops what it rendered when cancelled part-way', () => {
    vi.useFakeTimers()
    const divs = watchDivs()
    const cancel = warmGoodsTableWhenIdle(makeSyntheticGoodsRows(20), texts)
    vi.advanceTimersByTime(100)
    expect(divs[0]?.querySelectorAll('tbody tr')).toHaveLength(8)
    cancel()
    vi.advanceTimersByTime(500)
    expect(divs[0]?.innerHTML).toBe('')
  })

  it('does nothing for no rows', () => {
    vi.useFakeTimers()
    warmGoodsTableWhenIdle([], texts)()
    expect(vi.getTimerCount()).toBe(0)
  })
})
