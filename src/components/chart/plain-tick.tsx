/*
 * An axis label drawn as plain SVG text. recharts' own <Text> splits each label into words, measures every
 * word in the DOM and subscribes to the chart's store (two to three subscriptions per label), which on the
 * timeline added up to about a tenth of its first render, the page's longest task at start-up. Our labels
 * are one line, never wrapped, so none of that is needed; the text drawn is the same, in the same place.
 */

/** What recharts gives a tick element it clones (the parts used here). */
interface TickProps {
  x?: number | string
  y?: number | string
  index?: number
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit'
  verticalAnchor?: 'start' | 'middle' | 'end'
  payload?: { value: unknown }
  tickFormatter?: (value: never, index: number) => string
}

/** How far below its anchor the line's baseline sits, as recharts' <Text> places it. */
const BASELINE = { start: '0.71em', middle: '0.355em', end: '0' } as const

function PlainTick({
  x,
  y,
  index = 0,
  textAnchor,
  verticalAnchor = 'end',
  payload,
  tickFormatter,
}: TickProps) {
  if (payload === undefined) return <g />
  const label =
    tickFormatter === undefined ? String(payload.value) : tickFormatter(payload.value as never, index)
  return (
    <text
      x={x}
      y={y}
      fill="#3d4654"
      fontSize={12}
      textAnchor={textAnchor}
      className="recharts-text recharts-cartesian-axis-tick-value"
    >
      <tspan x={x} dy={BASELINE[verticalAnchor]}>
        {label}
      </tspan>
    </text>
  )
}

/** Pass as an axis's `tick`: recharts clones it with each tick's place and value; the axis's tickFormatter applies. */
export const PLAIN_TICK = <PlainTick />
