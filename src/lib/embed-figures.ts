/**
 * The figures a page can embed alone (`?embed=<figure>`, for an <iframe>), and reading that parameter.
 * Pure: the caller hands in `location.search`.
 */
import { escapeHtml } from '@/lib/escape-html'

export const EMBED_FIGURES = ['timeline', 'retaliation', 'lng', 'phase-out', 'goods', 'listed'] as const
export type EmbedFigure = (typeof EMBED_FIGURES)[number]

export const EMBED_PARAM = 'embed'

/** How high an embedded figure's frame is, in CSS pixels, for the snippet (its width is the page's). */
export const EMBED_HEIGHTS: Record<EmbedFigure, number> = {
  timeline: 720,
  retaliation: 620,
  lng: 640,
  'phase-out': 620,
  goods: 760,
  listed: 760,
}

export type EmbedRequest =
  { kind: 'none' } | { kind: 'figure'; figure: EmbedFigure } | { kind: 'unknown'; value: string }

export function parseEmbed(search: string): EmbedRequest {
  const value = new URLSearchParams(search).get(EMBED_PARAM)
  if (value === null) return { kind: 'none' }
  const figure = EMBED_FIGURES.find((f) => f === value)
  return figure === undefined ? { kind: 'unknown', value: value.slice(0, 40) } : { kind: 'figure', figure }
}

/** The address of a figure alone: the view's permalink with `embed` set (and no #fragment). */
export function embedUrl(permalink: string, figure: EmbedFigure): string {
  const url = new URL(permalink)
  url.hash = ''
  url.searchParams.set(EMBED_PARAM, figure)
  return url.toString().replace(/%2C/gi, ',')
}

/** The address of the full view an embedded figure links to: the same address without `embed`. */
export function fullViewUrl(href: string): string {
  const url = new URL(href)
  url.searchParams.delete(EMBED_PARAM)
  return url.toString().replace(/%2C/gi, ',')
}

/** The <iframe> snippet a reader pastes into a page. */
export function iframeSnippet(src: string, title: string, height: number): string {
  return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`
}
