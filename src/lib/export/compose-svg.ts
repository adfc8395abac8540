/**
 * Builds a standalone SVG image of a chart: title, subtitle (the active filters in words), the chart,
 * its legend and a footer (source, as-of date, link to the view). The result does not depend on the
 * page's CSS: computed text styles are inlined and fonts are plain local families, no @import.
 * Dataset text is set through the DOM, so XMLSerializer escapes it.
 */
import { estimateWidth, wrapText } from '@/lib/export/wrap-text'

const SVG_NS = 'http://www.w3.org/2000/svg'
export const EXPORT_FONT =
  "'Liberation Sans', 'DejaVu Sans', Arial, 'Noto Sans CJK JP', 'IPAGothic', 'Hiragino Sans', sans-serif"

export type LegendKind = 'bar' | 'line' | 'dashed-line' | 'ring' | 'rule'

export interface ExportLegendItem {
  label: string
  kind: LegendKind
  colour: string
}

export interface ExportFrame {
  title: string
  /** The active filters in words, e.g. "Asset freezes · individuals · Feb–Dec 2022". */
  subtitle: string
  legend: readonly ExportLegendItem[]
  /** Small print under the legend (e.g. what numbered markers stand for). */
  notes?: readonly string[]
  /** Source line, as-of date, link to this view. */
  footer: readonly string[]
}

const PAD = 24
const TITLE_SIZE = 20
const SUBTITLE_SIZE = 13
const LEGEND_SIZE = 12
const FOOTER_SIZE = 11

function el<K extends keyof SVGElementTagNameMap>(
  doc: Document,
  name: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const node = doc.createElementNS(SVG_NS, name)
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v))
  return node
}

function textBlock(
  doc: Document,
  parent: Element,
  lines: readonly string[],
  x: number,
  y: number,
  size: number,
  attrs: Record<string, string | number> = {},
): number {
  let cy = y
  for (const line of lines) {
    cy += size * 1.3
    const t = el(doc, 'text', { x, y: Math.round(cy * 10) / 10, 'font-size': size, ...attrs })
    t.textContent = line
    parent.append(t)
  }
  return cy
}

/** Copies computed text styles onto an SVG's text nodes, since page CSS won't reach an exported file. */
export function inlineTextStyles(source: SVGSVGElement, clone: SVGSVGElement): void {
  const from = source.querySelectorAll('text, tspan')
  const to = clone.querySelectorAll('text, tspan')
  from.forEach((node, i) => {
    const target = to[i]
    if (target === undefined) return
    const cs = window.getComputedStyle(node)
    if (!target.getAttribute('font-size') && cs.fontSize) target.setAttribute('font-size', cs.fontSize)
    if (cs.fontWeight && cs.fontWeight !== '400') target.setAttribute('font-weight', cs.fontWeight)
    if (!target.getAttribute('fill') && cs.fill && cs.fill !== 'none') target.setAttribute('fill', cs.fill)
  })
}

function legendRow(
  doc: Document,
  parent: Element,
  items: readonly ExportLegendItem[],
  y: number,
  width: number,
) {
  let x = PAD
  let row = y
  for (const item of items) {
    const labelWidth = estimateWidth(item.label, LEGEND_SIZE)
    if (x + 30 + labelWidth > width - PAD && x > PAD) {
      x = PAD
      row += 20
    }
    const g = el(doc, 'g', { transform: `translate(${x},${row})` })
    if (item.kind === 'bar')
      g.append(el(doc, 'rect', { x: 2, y: -10, width: 10, height: 12, fill: item.colour }))
    else if (item.kind === 'ring') {
      g.append(
        el(doc, 'circle', { cx: 7, cy: -4, r: 6, fill: '#fff', stroke: item.colour, 'stroke-width': 2 }),
      )
    } else {
      const dash = item.kind === 'dashed-line' ? '6 4' : item.kind === 'rule' ? '2 3' : 'none'
      const d = item.kind === 'rule' ? 'M7 -12 V4' : 'M0 0 H10 V-8 H22'
      g.append(
        el(doc, 'path', {
          d,
          fill: 'none',
          stroke: item.colour,
          'stroke-width': 2.5,
          'stroke-dasharray': dash,
        }),
      )
    }
    const t = el(doc, 'text', { x: 28, y: 0, 'font-size': LEGEND_SIZE, fill: '#3d4654' })
    t.textContent = item.label
    g.append(t)
    parent.append(g)
    x += 28 + labelWidth + 24
  }
  return row
}

/** The standalone SVG document, as text, and its size in CSS pixels. */
export function composeExportSvg(
  chart: SVGSVGElement,
  frame: ExportFrame,
  /** The language of the image's text (xml:lang), so viewers and screen readers pick the right fonts and voice. */
  lang = 'en',
): { svg: string; width: number; height: number } {
  const doc = chart.ownerDocument
  const chartWidth = Number(chart.getAttribute('width')) || chart.getBoundingClientRect().width || 700
  const chartHeight = Number(chart.getAttribute('height')) || chart.getBoundingClientRect().height || 360
  const width = Math.round(chartWidth + PAD * 2)
  const textWidth = width - PAD * 2

  const root = el(doc, 'svg', { version: '1.1', 'font-family': EXPORT_FONT })
  root.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:lang', lang)
  const content = el(doc, 'g', {})
  let y = PAD - 6
  y = textBlock(doc, content, wrapText(frame.title, textWidth, TITLE_SIZE), PAD, y, TITLE_SIZE, {
    'font-weight': 700,
    fill: '#1d2330',
  })
  y = textBlock(doc, content, wrapText(frame.subtitle, textWidth, SUBTITLE_SIZE), PAD, y + 2, SUBTITLE_SIZE, {
    fill: '#555f6d',
  })

  const clone = chart.cloneNode(true) as SVGSVGElement
  inlineTextStyles(chart, clone)
  for (const attr of ['role', 'tabindex', 'class', 'style', 'aria-label']) clone.removeAttribute(attr)
  clone.setAttribute('x', String(PAD))
  clone.setAttribute('y', String(y + 10))
  clone.setAttribute('width', String(chartWidth))
  clone.setAttribute('height', String(chartHeight))
  if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${chartWidth} ${chartHeight}`)
  content.append(clone)
  y += 10 + chartHeight

  if (frame.legend.length > 0) y = legendRow(doc, content, frame.legend, y + 22, width) + 6
  if (frame.notes !== undefined && frame.notes.length > 0) {
    y = textBlock(
      doc,
      content,
      frame.notes.flatMap((line) => wrapText(line, textWidth, FOOTER_SIZE)),
      PAD,
      y + 4,
      FOOTER_SIZE,
      { fill: '#3d4654' },
    )
  }
  content.append(el(doc, 'line', { x1: PAD, x2: width - PAD, y1: y + 12, y2: y + 12, stroke: '#d7dce3' }))
  y = textBlock(
    doc,
    content,
    frame.footer.flatMap((line) => wrapText(line, textWidth, FOOTER_SIZE)),
    PAD,
    y + 14,
    FOOTER_SIZE,
    { fill: '#555f6d' },
  )
  const height = Math.round(y + PAD - 4)

  root.setAttribute('width', String(width))
  root.setAttribute('height', String(height))
  root.setAttribute('viewBox', `0 0 ${width} ${height}`)
  root.append(el(doc, 'rect', { x: 0, y: 0, width, height, fill: '#ffffff' }), content)
  return { svg: new XMLSerializer().serializeToString(root), width, height }
}
