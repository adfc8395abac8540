/**
 * Runs `callback` once the browser is idle (requestIdleCallback, or a short timer where there is none,
 * as in Safari and jsdom); returns a function that cancels it. For work no frame is waiting for.
 */
export function whenIdle(callback: () => void, timeoutMs = 200): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(callback, { timeout: timeoutMs })
    return () => cancelIdleCallback(id)
  }
  const timer = setTimeout(callback, 50)
  return () => clearTimeout(timer)
}
