/**
 * The export actions. Loaded on demand (dynamic import) the first time a user exports, so none of
 * this, nor the rendering it does, costs anything at start-up.
 */
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'

import { EXPORT_CHART_WIDTH, exportFileName, type ChartExportSpec } from '@/components/export/export-spec'
import { UTF8_BOM } from '@/lib/csv'
import { downloadBlob } from '@/lib/download'
import { composeExportSvg, type ExportFrame } from '@/lib/export/compose-svg'
import { copyPngToClipboard } from '@/lib/export/copy-image'
import { svgToPng } from '@/lib/export/rasterize'

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))

/**
 * Renders the chart off screen at a fixed width and waits until it is drawn: a chart drawn for export
 * (`<svg data-export-chart>`, laid out by the feature itself) as soon as it is there, a recharts chart
 * once it has drawn its axes.
 */
async function renderChartSvg(spec: ChartExportSpec): Promise<{ svg: SVGSVGElement; dispose: () => void }> {
  const host = document.createElement('div')
  host.setAttribute('aria-hidden', 'true')
  host.style.cssText = `position:fixed;left:-20000px;top:0;width:${EXPORT_CHART_WIDTH}px;pointer-events:none`
  document.body.append(host)
  const root = createRoot(host)
  const dispose = () => {
    root.unmount()
    host.remove()
  }
  // Commit at once rather than on the scheduler's next turn; recharts then needs a frame or two more.
  flushSync(() => root.render(spec.renderChart(EXPORT_CHART_WIDTH)))
  let last = -1
  for (let i = 0; i < 120; i++) {
    const svg =
      host.querySelector<SVGSVGElement>('svg[data-export-chart]') ??
      host.querySelector<SVGSVGElement>('.recharts-wrapper > svg.recharts-surface')
    // Drawn, and unchanged since the previous frame: recharts adds axes, then bars, over several commits.
    const drawn =
      svg?.hasAttribute('data-export-chart') || svg?.querySelector('.recharts-cartesian-axis-tick')
    const size = drawn ? (svg?.innerHTML.length ?? -1) : -1
    if (svg !== null && size > 0 && size === last) return { svg, dispose }
    last = size
    await nextFrame()
  }
  dispose()
  throw new Error('the chart did not finish drawing')
}

function frameFor(spec: ChartExportSpec, title: string): ExportFrame {
  return {
    title,
    subtitle: spec.filters,
    legend: spec.legend,
    notes: spec.notes,
    footer: [spec.source, spec.asOfLine, `This view: ${window.location.href}`],
  }
}

export async function buildSvg(spec: ChartExportSpec, title: string) {
  const { svg, dispose } = await renderChartSvg(spec)
  try {
    return composeExportSvg(svg, frameFor(spec, title))
  } finally {
    dispose()
  }
}

export async function downloadPng(spec: ChartExportSpec, title: string, scale: number): Promise<string> {
  const { svg, width, height } = await buildSvg(spec, title)
  const png = await svgToPng(svg, width, height, scale)
  const name = exportFileName(spec, 'png')
  downloadBlob(png, name)
  return name
}

export async function downloadSvg(spec: ChartExportSpec, title: string): Promise<string> {
  const { svg } = await buildSvg(spec, title)
  const name = exportFileName(spec, 'svg')
  downloadBlob(new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`], { type: 'image/svg+xml' }), name)
  return name
}

export async function copyImage(spec: ChartExportSpec, title: string, scale: number) {
  // The clipboard wants the promise at once, inside the click, in Chromium and Safari.
  const png = buildSvg(spec, title).then(({ svg, width, height }) => svgToPng(svg, width, height, scale))
  return copyPngToClipboard(png)
}

export async function downloadCsv(spec: ChartExportSpec): Promise<string> {
  const name = exportFileName(spec, 'csv')
  downloadBlob(new Blob([UTF8_BOM + (await spec.csv())], { type: 'text/csv;charset=utf-8' }), name)
  return name
}
