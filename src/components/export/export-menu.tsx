import { useEffect, useId, useRef, useState } from 'react'

import { useCite } from '@/components/cite/cite-context'
import type { ChartExportSpec } from '@/components/export/export-spec'
import { useI18n } from '@/state/use-i18n'

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
  const toggleRef = useRef<HTMLButtonElement>(null)
  const cite = useCite()
  const i18n = useI18n()
  const { t } = i18n

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
      setStatus({
        kind: 'error',
        text: t('export.failed', { what, error: e instanceof Error ? e.message : String(e) }),
      })
    }
  }
  const busy = status.kind === 'busy'

  return (
    <div className="export-menu" ref={wrapRef}>
      <button
        ref={toggleRef}
        type="button"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen((o) => !o)}
      >
        {t('export.open')}
      </button>
      <div id={`${id}-panel`} className="export-panel" hidden={!open}>
        <label>
          {t('export.scale')}
          <select value={scale} onChange={(e) => setScale(Number(e.target.value) as (typeof SCALES)[number])}>
            {SCALES.map((s) => (
              <option key={s} value={s}>
                {t('export.scaleOption', { scale: s })}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            void run('PNG', async (m) =>
              t('export.saved', { name: await m.downloadPng(i18n, spec, title, scale) }),
            )
          }
        >
          {t('export.png')}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            void run('SVG', async (m) => t('export.saved', { name: await m.downloadSvg(i18n, spec, title) }))
          }
        >
          {t('export.svg')}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            void run(t('export.copy'), async (m) => {
              const result = await m.copyImage(i18n, spec, title, scale)
              if (!result.ok) throw new Error(result.reason)
              return t('export.copied')
            })
          }
        >
          {t('export.copy')}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            void run('CSV', async (m) => t('export.saved', { name: await m.downloadCsv(i18n, spec) }))
          }
        >
          {t('export.csv')}
        </button>
        {cite === null ? null : (
          <button
            type="button"
            aria-haspopup="dialog"
            onClick={() => {
              // The menu closes behind the dialog; focus comes back to its "Export" button.
              setOpen(false)
              cite({ figure: { title, anchor: spec.fileStem }, returnFocus: toggleRef.current })
            }}
          >
            {t('cite.figure')}
          </button>
        )}
        {cite === null || spec.embed === undefined ? null : (
          <button
            type="button"
            aria-haspopup="dialog"
            onClick={() => {
              setOpen(false)
              cite({
                figure: { title, anchor: spec.fileStem },
                embed: spec.embed,
                returnFocus: toggleRef.current,
              })
            }}
          >
            {t('embed.item')}
          </button>
        )}
        <p role="status" className={`export-status ${status.kind === 'error' ? 'field-error' : ''}`}>
          {status.kind === 'busy'
            ? t('export.preparing', { what: status.what })
            : status.kind === 'idle'
              ? ''
              : status.text}
        </p>
      </div>
    </div>
  )
}
