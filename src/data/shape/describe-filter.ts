import { MEASURE_TYPE_LABELS } from '@/data/labels'
import type { Meta } from '@/data/schema'
import type { MeasureFilter } from '@/data/shape/filter'
import { formatDate, formatDateRange } from '@/lib/format'

/** The period a view covers: the filter's dates, or the dataset's coverage where the filter is open. */
export function viewPeriod(f: Pick<MeasureFilter, 'from' | 'to'>, meta: Meta): { from: string; to: string } {
  return { from: f.from ?? meta.coverage.from, to: f.to ?? meta.coverage.to }
}

/** The page-wide filter in words, for image subtitles: "Export ban, Import ban · 1 Apr – 5 Dec 2022". */
export function describeFilter(f: MeasureFilter, meta: Meta): string {
  const { from, to } = viewPeriod(f, meta)
  const types =
    f.types === null
      ? 'All measure types'
      : f.types.length === 0
        ? 'No measure type'
        : f.types.map((t) => MEASURE_TYPE_LABELS[t]).join(', ')
  return `${types} · ${formatDateRange(from, to)}`
}

/** "Japan's sanctions on Russia, 2022 · data as of 5 Dec 2022 · dataset version 1.0.0" */
export function asOfLine(meta: Meta): string {
  return `${meta.title} · data as of ${formatDate(meta.asOf)} · dataset version ${meta.version}`
}
