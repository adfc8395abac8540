import { act, render, screen, waitFor } from '@testing-library/react'
import { lazy, useEffect } from 'react'
import { describe, expect, it } from 'vitest'

import { Staged } from '@/components/staged'

/** Records the order parts mount in, and in which task (a counter bumped by every new task). */
function Part({ name, log }: { name: string; log: string[] }) {
  useEffect(() => {
    log.push(name)
  }, [name, log])
  return <p>{name}</p>
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

describe('Staged', () => {
  it('shows the placeholder first, then mounts parts one per task in the order they rendered', async () => {
    const log: string[] = []
    render(
      <>
        <Staged placeholder={<p>waiting A</p>}>
          <Part name="A" log={log} />
        </Staged>
        <Staged placeholder={<p>waiting B</p>}>
          <Part name="B" log={log} />
        </Staged>
      </>,
    )
    expect(screen.getByText('waiting A')).toBeInTheDocument()
    expect(screen.getByText('waiting B')).toBeInTheDocument()
    // Each part mounts in a task of its own: after one task, at most one more has mounted.
    const seen: number[] = []
    for (let i = 0; i < 10 && log.length < 2; i++) {
      await act(nextTask)
      seen.push(log.length)
    }
    expect(log).toEqual(['A', 'B'])
    expect(screen.queryByText(/waiting/)).toBeNull()
    expect(seen.every((n, i) => i === 0 || n - (seen[i - 1] as number) <= 1)).toBe(true)
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
