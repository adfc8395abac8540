import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach, vi } from 'vitest'

import { useDashboardStore } from '@/state/store'

// findBy/waitFor wait up to 5 s: lazy chunks (the sources dialog, the goods and energy panels) can take
// over the default 1 s to load in jsdom on a busy 2-core machine. Passing tests are not slowed by this.
configure({ asyncUtilTimeout: 5000 })

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
  // The store is a module singleton: every test starts from its initial state.
  useDashboardStore.setState(useDashboardStore.getInitialState(), true)
  window.history.replaceState(null, '', '/')
})

/** recharts' ResponsiveContainer draws nothing unless a ResizeObserver reports a size (jsdom has none). */
class ResizeObserverMock {
  private readonly cb: ResizeObserverCallback
  constructor(cb: ResizeObserverCallback) {
    this.cb = cb
  }
  observe(target: Element) {
    const contentRect = { width: 800, height: 300, top: 0, left: 0, bottom: 300, right: 800, x: 0, y: 0 }
    this.cb([{ target, contentRect } as unknown as ResizeObserverEntry], this as unknown as ResizeObserver)
  }
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver = ResizeObserverMock as unknown as typeof ResizeObserver

// jsdom has <dialog> but not its modal methods.
if (typeof HTMLDialogElement.prototype.showModal !== 'function') {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '')
  }
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open')
    this.dispatchEvent(new Event('close'))
  }
}

/**
 * jsdom does no layout, so every element measures 0×0 and a virtualised list shows no rows.
 * Give the goods list's scroll box (only it) the size a browser would: 1000×560.
 */
for (const [prop, size] of [
  ['clientWidth', 1000],
  ['clientHeight', 560],
] as const) {
  const original = Object.getOwnPropertyDescriptor(Element.prototype, prop)
  Object.defineProperty(Element.prototype, prop, {
    configurable: true,
    get(this: Element) {
      return this.classList.contains('goods-scroll') ? size : ((original?.get?.call(this) as number) ?? 0)
    },
  })
}
