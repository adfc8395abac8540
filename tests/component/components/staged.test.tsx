import { render, screen, waitFor } from '@testing-library/react'
import { lazy, useEffect, useLayoutEffect } from 'react'
import { describe, expect, it, vi } from 'vitest'

import { Staged } from '@/components/staged'

/** Records the order parts mount in (their effects), and calls onMount as each commits. */
function Part({ name, log, onMount }: { name: string; log: string[]; onMount?: () => void }) {
  useLayoutEffect(() => {
    onMount?.()
  }, [onMount])
  useEffect(() => {
    log.push(name)
  }, [name, log])
  return <p>{name}</p>
}

describe('Staged', () => {
  it('shows the placeholder first, then mounts parts one at a time, each after a frame, in the order they rendered', async () => {
    // Which frame each part mounted in: a counter bumped by every animation frame callback.
    let frame = 0
    const raf = window.requestAnimationFrame.bind(window)
    const counting = vi
      .spyOn(window, 'requestAnimationFrame')
      .mockImplementation((cb) => raf((t) => ((frame += 1), cb(t))))
    const log: string[] = []
    const frames: number[] = []
    render(
      <>
        <Staged placeholder={<p>waiting A</p>}>
          <Part name="A" log={log} onMount={() => frames.push(frame)} />
        </Staged>
        <Staged placeholder={<p>waiting B</p>}>
          <Part name="B" log={log} onMount={() => frames.push(frame)} />
        </Staged>
      </>,
    )
    expect(screen.getByText('waiting A')).toBeInTheDocument()
    expect(screen.getByText('waiting B')).toBeInTheDocument()
    await waitFor(() => expect(log).toEqual(['A', 'B']))
    expect(screen.queryByText(/waiting/)).toBeNull()
    // A after the first frame, B after a later one: never two parts in one frame.
    expect(frames[0]).toBeGreaterThan(0)
    expect(frames[1]).toBeGreaterThan(frames[0] as number)
    counting.mockRestore()
  })

  it('skips a part unmounted before its turn, and still mounts the next', async () => {
    const log: string[] = []
    const { rerender } = render(
      <>
        <Staged placeholder={null}>
          <Part name="gone" log={log} />
        </Staged>
        <Staged placeholder={null}>
          <Part name="kept" log={log} />
        </Staged>
      </>,
    )
    rerender(
      <>
        {null}
        <Staged placeholder={null}>
          <Part name="kept" log={log} />
        </Staged>
      </>,
    )
    await screen.findByText('kept')
    // A transition's effects run in a task after its commit: the text can show a moment before them.
    await waitFor(() => expect(log).toEqual(['kept']))
  })

  it('does not hold up the parts after one whose code is still loading', async () => {
    const log: string[] = []
    // Code that never arrives: the part keeps its placeholder, and the next part mounts anyway.
    const NeverLoaded = lazy(() => new Promise<{ default: () => null }>(() => {}))
    render(
      <>
        <Staged placeholder={<p>loading slow part</p>}>
          <NeverLoaded />
        </Staged>
        <Staged placeholder={<p>waiting</p>}>
          <Part name="next" log={log} />
        </Staged>
      </>,
    )
    await screen.findByText('next')
    await waitFor(() => expect(log).toEqual(['next']))
    expect(screen.getByText('loading slow part')).toBeInTheDocument()
  })
})
