/** The oil and coal figure as CSV. Loaded on demand when a user exports (it pulls in papaparse). */
import type { Dependency, EnergyEvent, EnergyFigure, Measure } from '@/data/schema'
import { toCsv, type CsvColumn } from '@/lib/csv'

import { eventKind, formatAlternative } from './energy-data'

interface CsvRow {
  record: 'dependency' | 'figure' | 'event'
  number: number | null
  date: string | null
  year: number | null
  commodity: string
  label: string
  value: number | null
  unit: string | null
  qualifier: string | null
  alsoReported: string
  kind: string | null
  confidence: string
  sourceIds: readonly string[]
}

/**
 * The dependency figures, then the numbered events, as the figure shows them: one table, told apart by
 * `record`, so a single file carries everything in the image with its sources.
 */
export function phaseOutToCsv(
  dependencies: readonly Dependency[],
  figures: readonly EnergyFigure[],
  events: readonly EnergyEvent[],
  measures: readonly Measure[],
  sourceUrls: (ids: readonly string[]) => string[],
  sourceLabel: (ids: readonly string[]) => string,
): string {
  const rows: CsvRow[] = [
    ...dependencies.map((d) => ({
      record: 'dependency' as const,
      number: null,
      date: null,
      year: d.year,
      commodity: d.commodity,
      label: d.label,
      value: d.share.value,
      unit: d.share.unit,
      qualifier: d.share.qualifier,
      alsoReported: d.share.alternatives
        .map((a) => formatAlternative(a, d.share.unit, sourceLabel))
        .join('; '),
      kind: null,
      confidence: d.share.confidence,
      sourceIds: d.share.sourceIds,
    })),
    ...figures.map((f) => ({
      record: 'figure' as const,
      number: null,
      date: null,
      year: f.year,
      commodity: f.subject,
      label: f.label,
      value: f.figure.value,
      unit: f.figure.unit,
      qualifier: f.figure.qualifier,
      alsoReported: f.figure.alternatives
        .map((a) => formatAlternative(a, f.figure.unit, sourceLabel))
        .join('; '),
      kind: null,
      confidence: f.figure.confidence,
      sourceIds: f.figure.sourceIds,
    })),
    ...events.map((e, i) => ({
      record: 'event' as const,
      number: i + 1,
      date: e.date,
      year: null,
      commodity: e.subject,
      label: e.title,
      value: null,
      unit: null,
      qualifier: null,
      alsoReported: '',
      kind: eventKind(e, measures),
      confidence: e.confidence,
      sourceIds: e.sourceIds,
    })),
  ]
  const columns: ReadonlyArray<CsvColumn<CsvRow>> = [
    { header: 'record', value: (r) => r.record },
    { header: 'number', value: (r) => r.number },
    { header: 'date', value: (r) => r.date },
    { header: 'year', value: (r) => r.year },
    { header: 'commodity', value: (r) => r.commodity },
    { header: 'label', value: (r) => r.label },
    { header: 'value', value: (r) => r.value },
    { header: 'unit', value: (r) => r.unit },
    { header: 'qualifier', value: (r) => r.qualifier },
    { header: 'also_reported', value: (r) => r.alsoReported },
    { header: 'kind', value: (r) => r.kind },
    { header: 'confidence', value: (r) => r.confidence },
    { header: 'sources', value: (r) => sourceLabel(r.sourceIds) },
    { header: 'source_urls', value: (r) => sourceUrls(r.sourceIds).join(' ') },
  ]
  return toCsv(rows, columns)
}
