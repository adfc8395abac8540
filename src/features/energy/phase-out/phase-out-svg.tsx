import type { Dataset, EnergyEvent } from '@/data/validate/schema'
import { useI18n } from '@/state/use-i18n'

import { PO_SVG, layoutPhaseOut, type SvgLane, type SvgMarker } from './phase-out-svg-layout'

const INK = '#1d2330'
const TEXT = '#3d4654'
const MUTED = '#555f6d'
const RULE = '#d7dce3'
const GRID = '#eef1f5'
const AXIS = '#8a94a3'

interface PhaseOutSvgProps {
  dataset: Dataset
  /** The filtered oil and coal events, in date order; a marker's number is its place in this list. */
  events: readonly EnergyEvent[]
  from: string
  to: string
  width: number
}

/**
 * The oil and coal time lines as one SVG, for export: the page draws them in HTML, which cannot go into
 * an image. Same content: dependency figures on the left, numbered events on a month scale. Sizes and
 * colours are attributes, since no stylesheet reaches an exported file.
 */
export function PhaseOutSvg({ dataset, events, from, to, width }: PhaseOutSvgProps) {
  const i18n = useI18n()
  const layout = layoutPhaseOut(i18n, dataset, events, from, to, width)
  const noEvents = i18n.t('energy.phaseOut.noEvents')
  const { height, trackX0, trackX1, axisY } = layout
  return (
    <svg
      data-export-chart=""
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={i18n.t('energy.phaseOut.svgLabel')}
    >
      {layout.headings.map((lines, col) =>
        lines.map((line, i) => (
          <text
            key={`${col}-${i}`}
            x={col === 0 ? 0 : trackX0}
            y={16 + i * 14}
            fontSize={PO_SVG.headerSize}
            fontWeight={700}
            fill={MUTED}
          >
            {line}
          </text>
        )),
      )}
      {layout.ticks.map((t) => (
        <line key={t.date} x1={t.x} x2={t.x} y1={layout.headerHeight} y2={axisY} stroke={GRID} />
      ))}
      {layout.lanes.map((lane) => (
        <Lane
          key={lane.subject}
          lane={lane}
          trackX0={trackX0}
          trackX1={trackX1}
          width={width}
          noEvents={noEvents}
        />
      ))}
      <line x1={trackX0} x2={trackX1} y1={axisY} y2={axisY} stroke={AXIS} />
      {layout.ticks.map((t) => (
        <g key={t.date}>
          <line x1={t.x} x2={t.x} y1={axisY} y2={axisY + 4} stroke={AXIS} />
          {t.label === null ? null : (
            <text x={t.x} y={axisY + 17} fontSize={PO_SVG.labelSize} fill={TEXT} textAnchor="middle">
              {t.label}
            </text>
          )}
        </g>
      ))}
    </svg>
  )
}

function Lane({
  lane,
  trackX0,
  trackX1,
  width,
  noEvents,
}: {
  lane: SvgLane
  trackX0: number
  trackX1: number
  width: number
  /** What an empty lane says. */
  noEvents: string
}) {
  const lineY = lane.top + PO_SVG.markerY
  const stacked = lane.markers.some((m) => m.row > 0)
  return (
    <g>
      <text x={0} y={lane.top + lane.nameY} fontSize={14} fontWeight={700} fill={INK}>
        {lane.label}
      </text>
      {lane.blocks.map((b, i) => (
        <g key={i}>
          <text x={0} y={lane.top + b.valueY} fontSize={PO_SVG.depValueSize} fontWeight={700} fill={INK}>
            {b.value}
          </text>
          {b.lines.map((line, j) => (
            <text key={j} x={0} y={lane.top + (b.lineYs[j] ?? 0)} fontSize={PO_SVG.depTextSize} fill={MUTED}>
              {line}
            </text>
          ))}
        </g>
      ))}
      <line x1={trackX0} x2={trackX1} y1={lineY} y2={lineY} stroke={AXIS} strokeWidth={2} />
      {lane.markers.length === 0 ? (
        <text x={trackX0} y={lineY + 26} fontSize={12} fill={MUTED}>
          {noEvents}
        </text>
      ) : null}
      {lane.markers.map((m) => (
        <Leader key={m.id} marker={m} lineY={lineY} rowHeight={lane.rowHeight} />
      ))}
      {lane.markers.map((m) => (
        <Marker key={m.id} marker={m} lineY={lineY} rowHeight={lane.rowHeight} boxed={stacked} />
      ))}
      <line x1={0} x2={width} y1={lane.top + lane.height} y2={lane.top + lane.height} stroke={RULE} />
    </g>
  )
}

const labelTop = (m: SvgMarker, lineY: number, rowHeight: number) =>
  lineY + PO_SVG.markerR + 8 + m.row * rowHeight

/** A label moved down a row is tied to its marker by a thin line, drawn under the labels it passes. */
function Leader({ marker, lineY, rowHeight }: { marker: SvgMarker; lineY: number; rowHeight: number }) {
  if (marker.row === 0) return null
  const y2 = labelTop(marker, lineY, rowHeight) - 2
  return <line x1={marker.x} x2={marker.x} y1={lineY + PO_SVG.markerR} y2={y2} stroke={AXIS} />
}

interface MarkerProps {
  marker: SvgMarker
  lineY: number
  rowHeight: number
  /** White under the label, so leader lines from a lower row pass behind the text, not through it. */
  boxed: boolean
}

function Marker({ marker, lineY, rowHeight, boxed }: MarkerProps) {
  const { x, anchor } = marker
  const top = labelTop(marker, lineY, rowHeight)
  const textX = anchor === 'start' ? x - PO_SVG.markerR : anchor === 'end' ? x + PO_SVG.markerR : x
  const lines = marker.title.length + 1
  const boxWidth = marker.labelWidth + 6
  const boxX = anchor === 'start' ? textX - 3 : anchor === 'end' ? textX - boxWidth + 3 : textX - boxWidth / 2
  return (
    <g data-marker={marker.n}>
      {/* A white ring keeps markers of nearby dates apart. */}
      <circle cx={x} cy={lineY} r={PO_SVG.markerR} fill={INK} stroke="#ffffff" strokeWidth={1.5} />
      <text x={x} y={lineY + 4} fontSize={11} fontWeight={700} fill="#ffffff" textAnchor="middle">
        {marker.n}
      </text>
      {boxed ? (
        <rect x={boxX} y={top - 2} width={boxWidth} height={lines * PO_SVG.lineHeight + 4} fill="#ffffff" />
      ) : null}
      <text x={textX} y={top + 10} fontSize={PO_SVG.labelSize} fill={TEXT} textAnchor={anchor}>
        <tspan fontWeight={700} fill={INK}>
          {marker.date}
        </tspan>
        {marker.title.map((line, i) => (
          <tspan key={i} x={textX} dy={PO_SVG.lineHeight}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  )
}
