import { DefaultZIndexes, usePlotArea, useXAxisScale, useYAxisScale, ZIndexLayer } from 'recharts'

/*
 * The decision lines and the largest tranches' labels, each drawn as one layer from the chart's scales.
 * They were recharts ReferenceLines and ReferenceDots (about twenty per chart), and each of those registers
 * itself in the chart's store as it mounts: every registration re-ran every selector of the chart, which
 * made the timeline's first render the page's longest task (a median of 134 ms at start-up; 97 ms without
 * them). Drawn here, they cost one subscription each, and look the same: the same layers (lines with the
 * chart's lines, texts with its labels), positions, dashes and type.
 */

/** Dashed vertical lines at each decision, numbered above the plot ("3·4" where two share a line). */
export function DecisionMarkers({ markers }: { markers: ReadonlyArray<{ time: number; label: string }> }) {
  const x = useXAxisScale()
  const plot = usePlotArea()
  if (x === undefined || plot === undefined || markers.length === 0) return null
  const placed = markers.flatMap((m) => {
    const at = x(m.time)
    // Outside the plot (a decision beyond the range shown): not drawn, as recharts' default 'discard' did.
    return at === undefined || at < plot.x - 0.5 || at > plot.x + plot.width + 0.5 ? [] : [{ ...m, at }]
  })
  return (
    <>
      <ZIndexLayer zIndex={DefaultZIndexes.line}>
        <g className="decision-markers">
          {placed.map((m) => (
            <line
              key={m.time}
              x1={m.at}
              x2={m.at}
              // Drawn upwards, as recharts drew them: the dashes start at the axis.
              y1={plot.y + plot.height}
              y2={plot.y}
              stroke="#6b7584"
              strokeDasharray="2 3"
            />
          ))}
        </g>
      </ZIndexLayer>
      <ZIndexLayer zIndex={DefaultZIndexes.label}>
        <g className="decision-marker-labels">
          {placed.map((m) => (
            <text key={m.time} x={m.at} y={plot.y - 5} textAnchor="middle" fontSize={11} fill="#3d4654">
              {m.label}
            </text>
          ))}
        </g>
      </ZIndexLayer>
    </>
  )
}

/** "+398 → 499" above the tranches that made the largest steps. */
export function TrancheLabels({
  labels,
  colour,
}: {
  labels: ReadonlyArray<{ key: string; time: number; total: number; text: string }>
  colour: string
}) {
  const x = useXAxisScale()
  const y = useYAxisScale()
  if (x === undefined || y === undefined || labels.length === 0) return null
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.label}>
      <g className="tranche-labels">
        {labels.map((l) => {
          const cx = x(l.time)
          const cy = y(l.total)
          if (cx === undefined || cy === undefined) return null
          return (
            <text
              key={l.key}
              className="tranche-label"
              x={cx}
              y={cy - 10}
              textAnchor="middle"
              fontSize={12}
              fontWeight={600}
              fill={colour}
            >
              {l.text}
            </text>
          )
        })}
      </g>
    </ZIndexLayer>
  )
}
