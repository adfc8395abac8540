/**
 * The export actions. Loaded on demand (dynamic import) the first time a user exports, so none of
 * this, nor the rendering it does, costs anything at start-up.
 */
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'

import { EXPORT_CHART_WIDTH, exportFileName, type ChartExportSpec } from '@/components/export/export-spec'
import { UTF8_BOM } from '@/lib/csv'
import type { I18n } from '@/lib/i18n/i18n'
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
async function renderChartSvg(
  i18n: I18n,
  spec: ChartExportSpec,
): Promise<{ svg: SVGSVGElement; dispose: () => void }> {
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
  throw new Error(i18n.t('export.notDrawn'))
}

function frameFor(i18n: I18n, spec: ChartExportSpec, title: string): ExportFrame {
  return {
    title,
    subtitle: spec.filters,
    legend: spec.legend,
    notes: spec.notes,
    footer: [spec.source, spec.asOfLine, i18n.t('export.thisView', { url: window.location.href })],
  }
}

export async function buildSvg(i18n: I18n, spec: ChartExportSpec, title: string) {
  const { svg, dispose } = await renderChartSvg(i18n, spec)
  try {
    return composeExportSvg(svg, frameFor(i18n, spec, title), i18n.locale)
  } finally {
    dispose()
  }
}

export async function downloadPng(i18n: I18n, spec: ChartExportSpec, title: string, scale: number) {
  const { svg, width, height } = await buildSvg(i18n, spec, title)
  const png = await svgToPng(svg, width, height, scale)
  const name = exportFileName(spec, 'png', i18n.locale)
  downloadBlob(png, name)
  return name
}

export async function downloadSvg(i18n: I18n, spec: ChartExportSpec, title: string) {
  const { svg } = await buildSvg(i18n, spec, title)
  const name = exportFileName(spec, 'svg', i18n.locale)
  downloadBlob(new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`], { type: 'image/svg+xml' }), name)
  return name
}

export async function copyImage(i18n: I18n, spec: ChartExportSpec, title: string, scale: number) {
  // The clipboard wants the promise at once, inside the click, in Chromium and Safari.
  const png = buildSvg(i18n, spec, title).then(({ svg, width, height }) =>
    svgToPng(svg, width, height, scale),
  )
  return copyPngToClipboard(png, {
    unsupported: i18n.t('export.noClipboard'),
    refused: (error) => i18n.t('export.clipboardRefused', { error }),
  })
}

export async function downloadCsv(i18n: I18n, spec: ChartExportSpec): Promise<string> {
  const name = exportFileName(spec, 'csv', i18n.locale)
  downloadBlob(new Blob([UTF8_BOM + (await spec.csv())], { type: 'text/csv;charset=utf-8' }), name)
  return name
}
