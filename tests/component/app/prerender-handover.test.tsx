import { afterEach, describe, expect, it, vi } from 'vitest'

import { handOverFromPrerender } from '@/app/prerender-handover'
import { MARK_WATCH_MS, markWhenPresent, whenPresent } from '@/lib/perf-marks'

/** Lets the mutation observers' callbacks and the next animation frame run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50))

afterEach(() => {
  document.body.innerHTML = ''
  vi.restoreAllMocks()
})

describe('whenPresent', () => {
  it('calls back once the element appears, and not again', async () => {
    const callback = vi.fn()
    whenPresent('.late', callback)
    await settle()
    expect(callback).not.toHaveBeenCalled()
    document.body.append(Object.assign(document.createElement('p'), { className: 'late' }))
    await settle()
    document.body.append(Object.assign(document.createElement('p'), { className: 'late' }))
    await settle()
    expect(callback).toHaveBeenCalledTimes(1)
  })

  it('calls back for an element already there', async () => {
    document.body.append(Object.assign(document.createElement('p'), { className: 'early' }))
    const callback = vi.fn()
    whenPresent('.early', callback)
    await settle()
    expect(callback).toHaveBeenCalledTimes(1)
  })

  it('does not call back once stopped', async () => {
    const callback = vi.fn()
    const stop = whenPresent('.late', callback)
    stop()
    document.body.append(Object.assign(document.createElement('p'), { className: 'late' }))
    await settle()
    expect(callback).not.toHaveBeenCalled()
  })
})

describe('markWhenPresent', () => {
  it('marks the frame after the element appears', async () => {
    performance.clearMarks('test-mark')
    markWhenPresent('.chart', 'test-mark')
    document.body.append(Object.assign(document.createElement('p'), { className: 'chart' }))
    await settle()
    expect(performance.getEntriesByName('test-mark')).toHaveLength(1)
  })

  it('stops watching the page after MARK_WATCH_MS when the element never comes', () => {
    vi.useFakeTimers()
    try {
      const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect')
      markWhenPresent('.never', 'never-mark')
      vi.advanceTimersByTime(MARK_WATCH_MS - 1)
      expect(disconnect).not.toHaveBeenCalled()
      vi.advanceTimersByTime(1)
      expect(disconnect).toHaveBeenCalledTimes(1)
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('handOverFromPrerender', () => {
  function page() {
    document.body.innerHTML = '<div id="prerender">snapshot</div><div id="root"></div>'
    return document.getElementById('root') as HTMLElement
  }

  it('removes the snapshot once the live chart is drawn', async () => {
    const root = page()
    handOverFromPrerender()
    await settle()
    expect(document.getElementById('prerender')).not.toBeNull()
    root.innerHTML =
      '<div id="timeline"><figure><svg><rect class="recharts-bar-rectangle"></rect></svg></figure></div>'
    await settle()
    expect(document.getElementById('prerender')).toBeNull()
  })

  it('removes the snapshot when the live app shows an error instead', async () => {
    const root = page()
    handOverFromPrerender()
    root.innerHTML = '<p role="alert">The dataset could not be read.</p>'
    await settle()
    expect(document.getElementById('prerender')).toBeNull()
  })

  it('stops watching the page once it has swapped', async () => {
    const root = page()
    handOverFromPrerender()
    root.innerHTML =
      '<div id="timeline"><figure><svg><rect class="recharts-bar-rectangle"></rect></svg></figure></div>'
    await settle()
    const query = vi.spyOn(document, 'querySelector')
    // Later changes to the page, as a keystroke in the goods search makes them.
    for (let i = 0; i < 3; i++) {
      root.append(document.createElement('div'))
      await settle()
    }
    expect(query).not.toHaveBeenCalled()
  })
})
