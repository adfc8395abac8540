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

/**
 * Runs `steps` one per idle period, in order (each as its own task, so none adds up to a long one);
 * returns a function that cancels the steps not yet run.
 */
export function whenIdleSteps(steps: ReadonlyArray<() => void>): () => void {
  let cancel = (): void => {}
  const run = (k: number): void => {
    const step = steps[k]
    if (step === undefined) return
    cancel = whenIdle(() => {
      step()
      run(k + 1)
    })
  }
  run(0)
  return () => cancel()
}

/**
 * Resolves once the browser has painted the next frame: a timer queued from that frame's callback runs
 * after its paint. Work started then cannot hold back the frame that shows what the reader just did.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function') {
      setTimeout(resolve, 0)
      return
    }
    requestAnimationFrame(() => setTimeout(resolve, 0))
  })
}

/** Runs `run` in a task of its own, without setTimeout's 4 ms clamp once timers nest. */
export function nextTask(run: () => void): void {
  if (typeof MessageChannel === 'undefined') {
    setTimeout(run, 0)
    return
  }
  const channel = new MessageChannel()
  channel.port1.onmessage = () => {
    channel.port1.close()
    run()
  }
  channel.port2.postMessage(null)
}

/** Resolves in a task of its own: long work awaits it between steps so that input and paint get a turn. */
export function yieldToMain(): Promise<void> {
  return new Promise((resolve) => nextTask(resolve))
}
