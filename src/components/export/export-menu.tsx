import { useEffect, useId, useRef, useState } from 'react'

import type { ChartExportSpec } from '@/components/export/export-spec'

// A type-only import: erased at build time, so run-export stays in its own lazily loaded chunk.
import type * as RunExportModule from './run-export'

type RunExport = typeof RunExportModule

interface ExportMenuProps {
  title: string
  spec: ChartExportSpec
}

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; what: string }
  | { kind: 'done'; text: string }
  | { kind: 'error'; text: string }

const SCALES = [1, 2, 4] as const

/** "Export" opens the export actions: PNG at 1×/2×/4×, SVG, copy image, CSV. Each carries title, filters and source. */
export function ExportMenu({ title, spec }: ExportMenuProps) {
  const [open, setOpen] = useState(false)
  const [scale, setScale] = useState<(typeof SCALES)[number]>(2)
  const [status, setStatus] = useState<Status>({ kind: 'idle' })
  const id = useId()
  const wrapRef = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (!open) return
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false)
    }
    const onPointer = (e: PointerEvent) => {
      if (!wrapRef.current?.contains(e.target as Node)) setOpen(false)
    }
    document.addEventListener('keydown', onKey)
    document.addEventListener('pointerdown', onPointer)
    return () => {
      document.removeEventListener('keydown', onKey)
      document.removeEventListener('pointerdown', onPointer)
    }
  }, [open])

  const run = async (what: string, action: (m: RunExport) => Promise<string>) => {
    setStatus({ kind: 'busy', what })
    try {
      const text = await action(await import('./run-export'))
      setStatus({ kind: 'done', text })
    } catch (e) {
      setStatus({ kind: 'error', text: `${what} failed: ${e instanceof Error ? e.message : String(e)}` })
    }
  }
  const busy = status.kind === 'busy'

  return (
    <div className="export-menu" ref={wrapRef}>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen((o) => !o)}
      >
        Export
      </button>
      <div id={`${id}-panel`} className="export-panel" hidden={!open}>
        <label>
          PNG scale
          <select value={scale} onChange={(e) => setScale(Number(e.target.value) as (typeof SCALES)[number])}>
            {SCALES.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          disabled={busy}
          onClick={() => void run('PNG', async (m) => `Saved ${await m.downloadPng(spec, title, scale)}`)}
        >
          Download PNG
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => void run('SVG', async (m) => `Saved ${await m.downloadSvg(spec, title)}`)}
        >
          Download SVG
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            void run('Copy image', async (m) => {
              const result = await m.copyImage(spec, title, scale)
              if (!result.ok) throw new Error(result.reason)
              return 'Image copied to the clipboard.'
            })
          }
        >
          Copy image
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => void run('CSV', async (m) => `Saved ${await m.downloadCsv(spec)}`)}
        >
          Download CSV
        </button>
        <p role="status" className={`export-status ${status.kind === 'error' ? 'field-error' : ''}`}>
          {status.kind === 'busy' ? `Preparing ${status.what}…` : status.kind === 'idle' ? '' : status.text}
        </p>
      </div>
    </div>
  )
}
