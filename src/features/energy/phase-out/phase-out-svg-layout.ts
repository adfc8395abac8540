/**
 * Geometry of the exported oil and coal time lines: an SVG has no layout engine, so every text line,
 * marker and row is placed here, in pixels. Pure: no React.
 */
import type { Dataset, EnergyEvent } from '@/data/validate/schema'
import { dependencyOf, figureById } from '@/data/shape/energy-figures'
import { estimateWidth, wrapText } from '@/lib/export/wrap-text'

import { alternativeSpan, formatFigure, type EnergyI18n } from '@/features/energy/energy-data'
import { dayMonth, monthLabel, monthStarts, stackMarkers, timePosition } from './phase-out-data'
import { PHASE_OUT_LANES } from './phase-out-lanes-config'

export const PO_SVG = {
  /** The dependency column on the left. */
  depsWidth: 178,
  trackGap: 26,
  rightPad: 14,
  headerSize: 11,
  axisHeight: 30,
  markerY: 24,
  markerR: 10,
  labelWidth: 112,
  labelSize: 11,
  lineHeight: 13.5,
  /** Longer titles are cut: the numbered notes under the image give them in full. */
  maxTitleLines: 3,
  depValueSize: 20,
  depTextSize: 11.5,
  lanePad: 16,
} as const

/** A dependency figure as the image shows it: the value large, then what it is, wrapped. */
export interface DepBlock {
  value: string
  lines: string[]
}

export interface SvgMarker {
  id: string
  n: number
  x: number
  row: number
  anchor: 'start' | 'middle' | 'end'
  date: string
  title: string[]
  /** The widest line of the label, estimated, for the white box under it. */
  labelWidth: number
}

/** A dependency block placed in the lane: baselines relative to the lane's top. */
export interface PlacedDepBlock extends DepBlock {
  valueY: number
  lineYs: number[]
}

export interface SvgLane {
  subject: EnergyEvent['subject']
  label: string
  top: number
  height: number
  /** Baseline of the lane's name, level with its time line. */
  nameY: number
  blocks: PlacedDepBlock[]
  markers: SvgMarker[]
  rowHeight: number
}

export interface PhaseOutSvgLayout {
  width: number
  height: number
  /** Column headings, wrapped to their columns: [dependency column, time lines]. */
  headings: [string[], string[]]
  headerHeight: number
  trackX0: number
  trackX1: number
  axisY: number
  lanes: SvgLane[]
  ticks: Array<{ date: string; x: number; label: string | null }>
}

const wrapDep = (text: string) => wrapText(text, PO_SVG.depsWidth, PO_SVG.depTextSize)

/**
 * "Russia's share of Japan's crude oil imports" → "of crude oil imports": the value stands before it.
 * The label is dataset text: only an English one is shortened, with its own words; any other is kept whole.
 */
function ofWhat(label: string): string {
  const m = /\bshare (of) (?:Japan's )?(.+)$/i.exec(label)
  return m?.[1] === undefined || m[2] === undefined ? label : `${m[1]} ${m[2]}`
}

/** The dependency figures (and supplier rank) a lane shows on the left, as on the page. */
export function laneBlocks(
  i18n: EnergyI18n,
  dataset: Dataset,
  lane: (typeof PHASE_OUT_LANES)[number],
): DepBlock[] {
  const { t } = i18n
  const deps = lane.dependencies.map((c) => {
    const d = dependencyOf(dataset.energy.dependencies, c)
    if (d === null) return { value: t('energy.missing'), lines: wrapDep(t(lane.missing)) }
    const also = alternativeSpan(i18n, d.share)
    return {
      value: formatFigure(i18n, d.share),
      lines: [
        ...wrapDep(t('energy.phaseOut.depLabelYear', { label: ofWhat(d.label), year: String(d.year) })),
        ...(also === null ? [] : wrapDep(t('energy.alsoReported', { value: also }))),
      ],
    }
  })
  const rank = lane.rankId === undefined ? null : figureById(dataset.energy.figures, lane.rankId)
  if (rank === null) return deps
  return [
    ...deps,
    {
      value: formatFigure(i18n, rank.figure),
      lines: wrapDep(t('energy.phaseOut.rank', { year: String(rank.year) })),
    },
  ]
}

/** "Russia's share of Japan's imports, 2021", the year given when all the shares share one. */
function depsHeading({ t }: EnergyI18n, dataset: Dataset): string {
  const shown = PHASE_OUT_LANES.flatMap((l) =>
    l.dependencies.map((c) => dependencyOf(dataset.energy.dependencies, c)),
  )
  const years = new Set(shown.flatMap((d) => (d === null ? [] : [d.year])))
  const [year] = years
  return years.size === 1 && year !== undefined
    ? t('energy.phaseOut.depsHeadingYear', { year: String(year) })
    : t('energy.phaseOut.depsHeading')
}

/**
 * At most `max` lines; a cut title ends in an ellipsis. Words are dropped to make room for it, or, in
 * text without spaces (Japanese), characters.
 */
function clampLines(text: string, width: number, size: number, max: number): string[] {
  const lines = wrapText(text, width, size)
  if (lines.length <= max) return lines
  const kept = lines.slice(0, max)
  let last = `${kept[max - 1] ?? ''}…`
  while (estimateWidth(last, size) > width && last.length > 2)
    last = last.includes(' ') ? `${last.replace(/ \S+…$/, '')}…` : `${[...last].slice(0, -2).join('')}…`
  kept[max - 1] = last
  return kept
}

/** Stacks the blocks under the lane's name; returns them placed, and where the column ends. */
function placeBlocks(
  blocks: readonly DepBlock[],
  nameY: number,
): { placed: PlacedDepBlock[]; bottom: number } {
  let y = nameY
  const placed = blocks.map((b) => {
    y += PO_SVG.depValueSize + 8
    const valueY = y
    const lineYs = b.lines.map(() => (y += 14))
    y += 4
    return { ...b, valueY, lineYs }
  })
  return { placed, bottom: y + 4 }
}

/** Labels near an edge line up with it instead of centring on their marker, so they stay in the image. */
function anchorFor(left: number): SvgMarker['anchor'] {
  return left < 12 ? 'start' : left > 88 ? 'end' : 'middle'
}

export function layoutPhaseOut(
  i18n: EnergyI18n,
  dataset: Dataset,
  events: readonly EnergyEvent[],
  from: string,
  to: string,
  width: number,
): PhaseOutSvgLayout {
  const trackX0 = PO_SVG.depsWidth + PO_SVG.trackGap
  const trackX1 = width - PO_SVG.rightPad
  const trackWidth = trackX1 - trackX0
  const xOf = (pct: number) => trackX0 + (pct / 100) * trackWidth
  // Two labels closer than a label's width (plus a gutter) would overlap: the later one moves down a row.
  const minGap = ((PO_SVG.labelWidth + 10) / trackWidth) * 100
  const labelShift = ((PO_SVG.labelWidth / 2 - PO_SVG.markerR) / trackWidth) * 100

  const headings: [string[], string[]] = [
    // Headings are bold: measured a tenth wider than the estimate for regular text.
    wrapText(depsHeading(i18n, dataset), PO_SVG.depsWidth / 1.1, PO_SVG.headerSize),
    wrapText(i18n.t('energy.phaseOut.stepsHeading'), trackWidth / 1.1, PO_SVG.headerSize),
  ]
  const headerHeight = Math.max(headings[0].length, headings[1].length) * 14 + 14
  let top = headerHeight
  const lanes = PHASE_OUT_LANES.map((lane): SvgLane => {
    const placed = events
      .map((e, i) => ({ e, n: i + 1, left: timePosition(e.date, from, to) }))
      .filter((x) => x.e.subject === lane.subject)
    const anchors = placed.map((x) => anchorFor(x.left))
    // stackMarkers compares label centres: an edge-aligned label's centre sits half a label inwards.
    const centres = placed.map((x, i) =>
      anchors[i] === 'start' ? x.left + labelShift : anchors[i] === 'end' ? x.left - labelShift : x.left,
    )
    const rows = stackMarkers(centres, minGap)
    const markers = placed.map((x, i) => {
      const date = dayMonth(i18n.fmt, x.e.date)
      const title = clampLines(x.e.title, PO_SVG.labelWidth, PO_SVG.labelSize, PO_SVG.maxTitleLines)
      const widths = [date, ...title].map((line) => estimateWidth(line, PO_SVG.labelSize))
      return {
        id: x.e.id,
        n: x.n,
        x: xOf(x.left),
        row: rows[i] ?? 0,
        anchor: anchors[i] ?? 'middle',
        date,
        title,
        labelWidth: Math.min(PO_SVG.labelWidth, Math.max(...widths)),
      }
    })
    const titleLines = Math.max(1, ...markers.map((m) => m.title.length))
    const rowHeight = (1 + titleLines) * PO_SVG.lineHeight + 8
    const nameY = PO_SVG.markerY + 5
    const { placed: blocks, bottom } = placeBlocks(laneBlocks(i18n, dataset, lane), nameY)
    const labelsBottom = PO_SVG.markerY + PO_SVG.markerR + 8 + (Math.max(0, ...rows) + 1) * rowHeight
    const height = Math.max(bottom, labelsBottom) + PO_SVG.lanePad
    const laid = {
      subject: lane.subject,
      label: i18n.t(lane.label),
      top,
      height,
      nameY,
      blocks,
      markers,
      rowHeight,
    }
    top += height
    return laid
  })

  return {
    width,
    height: top + PO_SVG.axisHeight,
    headings,
    headerHeight,
    trackX0,
    trackX1,
    axisY: top + 6,
    lanes,
    ticks: axisTicks(i18n, from, to, xOf, width),
  }
}

/** Month ticks; a label that would run into the one before it (or off the image) is left out. */
function axisTicks(
  { fmt }: EnergyI18n,
  from: string,
  to: string,
  xOf: (pct: number) => number,
  width: number,
) {
  let lastRight = -Infinity
  return monthStarts(from, to).map((date, i) => {
    const x = xOf(timePosition(date, from, to))
    const text = monthLabel(fmt, date, i)
    const half = estimateWidth(text, PO_SVG.labelSize) / 2
    const fits = x - half >= lastRight + 8 && x + half <= width - 2
    if (fits) lastRight = x + half
    return { date, x, label: fits ? text : null }
  })
}
