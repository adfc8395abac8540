import { describe, expect, it } from 'vitest'

import { composeExportSvg, type ExportFrame } from '@/lib/export/compose-svg'

const SVG_NS = 'http://www.w3.org/2000/svg'

function chartSvg(): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg')
  svg.setAttribute('width', '700')
  svg.setAttribute('height', '360')
  svg.setAttribute('role', 'application')
  svg.setAttribute('tabindex', '0')
  const rect = document.createElementNS(SVG_NS, 'rect')
  rect.setAttribute('width', '10')
  rect.setAttribute('height', '100')
  rect.setAttribute('fill', '#a8002a')
  const text = document.createElementNS(SVG_NS, 'text')
  text.textContent = 'Apr'
  svg.append(rect, text)
  document.body.append(svg)
  return svg
}

const frame = (o: Partial<ExportFrame> = {}): ExportFrame => ({
  title: "Japan's sanctions: individuals under asset freeze",
  subtitle: 'Asset freeze · 23 Feb – 5 Dec 2022',
  legend: [{ label: 'Running total', kind: 'line', colour: '#a8002a' }],
  footer: [
    'Source: Kyodo, EFE.',
    'Data as of 5 Dec 2022',
    'This view: https://example.org/?types=asset_freeze&from=x',
  ],
  ...o,
})

function parse(svg: string): Document {
  return new DOMParser().parseFromString(svg, 'image/svg+xml')
}

describe('composeExportSvg', () => {
  it('makes a standalone document: one xmlns, width, height, viewBox and a white background', () => {
    const { svg, width, height } = composeExportSvg(chartSvg(), frame())
    expect(svg.match(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g)).toHaveLength(1)
    const doc = parse(svg)
    expect(doc.querySelector('parsererror')).toBeNull()
    const root = doc.documentElement
    expect(root.getAttribute('width')).toBe(String(width))
    expect(root.getAttribute('height')).toBe(String(height))
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`)
    expect(root.getAttribute('font-family')).toContain('sans-serif')
    expect(root.firstElementChild?.getAttribute('fill')).toBe('#ffffff')
    expect(width).toBe(748)
    expect(svg).not.toContain('@import')
  })

  it('carries the title, the filters, the legend and the footer with its link', () => {
    const { svg } = composeExportSvg(chartSvg(), frame())
    const texts = [...parse(svg).querySelectorAll('text')].map((t) => t.textContent)
    expect(texts).toContain("Japan's sanctions: individuals under asset freeze")
    expect(texts).toContain('Asset freeze · 23 Feb – 5 Dec 2022')
    expect(texts).toContain('Running total')
    expect(texts).toContain('Source: Kyodo, EFE.')
    expect(texts.some((t) => t?.includes('types=asset_freeze&from=x'))).toBe(true)
  })

  it('escapes dataset text: markup in a title stays text', () => {
    const { svg } = composeExportSvg(chartSvg(), frame({ title: '<script>alert(1)</script> & "x"' }))
    expect(svg).not.toContain('<script>')
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; "x"')
    const doc = parse(svg)
    expect(doc.querySelector('parsererror')).toBeNull()
    expect(doc.getElementsByTagName('script')).toHaveLength(0)
  })

  it('drops the live chart’s interaction attributes from the copy', () => {
    const { svg } = composeExportSvg(chartSvg(), frame())
    expect(svg).not.toContain('role="application"')
    expect(svg).not.toContain('tabindex')
  })
})
