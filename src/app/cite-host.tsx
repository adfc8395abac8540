import { Suspense, useCallback, useMemo, useState, type ReactNode } from 'react'

import { CiteContext, type CiteTarget } from '@/components/cite/cite-context'
import { lazyPart } from '@/components/lazy-part'
import type { RawMeta } from '@/data/validate/schema'
import type { CiteInput } from '@/lib/cite/cite-input'
import { EMBED_HEIGHTS, embedUrl, iframeSnippet, type EmbedFigure } from '@/lib/embed-figures'
import { pickText } from '@/lib/i18n/pick-text'
import { viewPermalink } from '@/state/permalink'
import { useDashboardStore } from '@/state/store'
import { useI18n } from '@/state/use-i18n'

// Its own chunk: the first screen carries only the buttons that open it. If the chunk cannot be fetched
// (offline), a dialog says so, and the page stays as it was.
const CiteDialog = lazyPart(() => import('@/components/cite/cite-dialog'), 'CiteDialog', {
  name: 'cite',
  failure: 'dialog',
}).Part
const EmbedDialog = lazyPart(() => import('@/components/cite/embed-dialog'), 'EmbedDialog', {
  name: 'embed',
  failure: 'dialog',
}).Part

/** A figure's <iframe> code, for the view as it is now. Rendered only while the dialog is open. */
function OpenEmbedDialog({
  embed,
  title,
  onClose,
}: {
  embed: EmbedFigure
  title: string
  onClose: () => void
}) {
  const { locale } = useI18n()
  const view = useDashboardStore((s) => s.view)
  const era = useDashboardStore((s) => s.era)
  const src = useMemo(
    () => embedUrl(viewPermalink(view, { locale, era }, window.location), embed),
    [view, locale, era, embed],
  )
  const height = EMBED_HEIGHTS[embed]
  return (
    <Suspense fallback={null}>
      <EmbedDialog
        figure={title}
        src={src}
        snippet={iframeSnippet(src, title, height)}
        height={height}
        onClose={onClose}
      />
    </Suspense>
  )
}

/** Today in the reader's time zone, YYYY-MM-DD: the access date of a citation. */
function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** What the citation of the view as it is now is made of. Rendered only while the dialog is open. */
function OpenCiteDialog({
  meta,
  target,
  onClose,
}: {
  meta: RawMeta
  target: CiteTarget
  onClose: () => void
}) {
  const { locale } = useI18n()
  const view = useDashboardStore((s) => s.view)
  const era = useDashboardStore((s) => s.era)
  const input = useMemo((): CiteInput => {
    const title = pickText(meta.title, locale)?.text ?? ''
    const english = meta.title.en ?? undefined
    return {
      title,
      translatedTitle: locale !== 'en' && english !== title ? english : undefined,
      version: meta.version,
      asOf: meta.asOf,
      url: viewPermalink(view, { locale, era }, window.location, target.figure?.anchor),
      accessed: localToday(),
      locale,
      figureTitle: target.figure?.title,
    }
  }, [meta, locale, view, era, target])
  return (
    <Suspense fallback={null}>
      <CiteDialog input={input} onClose={onClose} />
    </Suspense>
  )
}

/**
 * Provides the "Cite" opener to the header and the figures' export menus, and shows the dialog (loaded on
 * first use) for the view, or one figure of it.
 */
export function CiteHost({ meta, children }: { meta: RawMeta; children: ReactNode }) {
  const [target, setTarget] = useState<CiteTarget | null>(null)
  const open = useCallback((next?: CiteTarget) => setTarget(next ?? {}), [])
  const close = useCallback(() => {
    const back = target?.returnFocus
    setTarget(null)
    if (back?.isConnected === true) back.focus()
  }, [target])
  return (
    <CiteContext.Provider value={open}>
      {children}
      {target === null ? null : target.embed !== undefined ? (
        <OpenEmbedDialog embed={target.embed} title={target.figure?.title ?? ''} onClose={close} />
      ) : (
        <OpenCiteDialog meta={meta} target={target} onClose={close} />
      )}
    </CiteContext.Provider>
  )
}
