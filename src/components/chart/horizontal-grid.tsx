import { CartesianGrid } from 'recharts'

/*
 * recharts works out where the vertical grid lines would go even when they are not drawn: it lays out the
 * x axis's ticks again, measuring each label in the DOM (11% of the timeline's first render, the page's
 * longest task at start-up). An empty generator skips that; the lines drawn are the same.
 */
const noVerticalLines = (): number[] => []

/** The charts' light horizontal grid lines, at the y axis's ticks. */
export function HorizontalGrid() {
  return <CartesianGrid stroke="#e3e7ed" vertical={false} verticalCoordinatesGenerator={noVerticalLines} />
}
