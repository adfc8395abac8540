/** The oil and coal figure as CSV. Loaded on demand when a user exports (it pulls in papaparse). */
import type { Dependency, EnergyEvent, EnergyFigure, Figure, Measure } from '@/data/validate/schema'
import { toCsv, type CsvColumn } from '@/lib/csv'

import { eventKind, formatAlternative, semicolonList, type EnergyI18n } from '@/features/energy/energy-data'

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
 * `record`, so a single file carries everything in the image with its sources. Headers and worded cells
 * (kind, also reported) follow the reader's language; codes (record, commodity, unit, qualifier,
 * confidence) stay as the dataset has them, so files exported in either language hold the same data.
 */
export function phaseOutToCsv(
  i18n: EnergyI18n,
  dependencies: readonly Dependency[],
  figures: readonly EnergyFigure[],
  events: readonly EnergyEvent[],
  measures: readonly Measure[],
  sourceUrls: (ids: readonly string[]) => string[],
  sourceLabel: (ids: readonly string[]) => string,
): string {
  const { t } = i18n
  const also = (f: Figure) =>
    semicolonList(
      t,
      f.alternatives.map((a) => formatAlternative(i18n, a, f.unit, sourceLabel)),
    )
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
      alsoReported: also(d.share),
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
      alsoReported: also(f.figure),
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
      kind: eventKind(t, e, measures),
      confidence: e.confidence,
      sourceIds: e.sourceIds,
    })),
  ]
  const columns: ReadonlyArray<CsvColumn<CsvRow>> = [
    { header: t('energy.csv.record'), value: (r) => r.record },
    { header: t('energy.csv.number'), value: (r) => r.number },
    { header: t('energy.csv.date'), value: (r) => r.date },
    { header: t('energy.csv.year'), value: (r) => r.year },
    { header: t('energy.csv.commodity'), value: (r) => r.commodity },
    { header: t('energy.csv.label'), value: (r) => r.label },
    { header: t('energy.csv.value'), value: (r) => r.value },
    { header: t('energy.csv.unit'), value: (r) => r.unit },
    { header: t('energy.csv.qualifier'), value: (r) => r.qualifier },
    { header: t('energy.csv.alsoReported'), value: (r) => r.alsoReported },
    { header: t('energy.csv.kind'), value: (r) => r.kind },
    { header: t('energy.csv.confidence'), value: (r) => r.confidence },
    { header: t('energy.csv.sources'), value: (r) => sourceLabel(r.sourceIds) },
    { header: t('energy.csv.sourceUrls'), value: (r) => sourceUrls(r.sourceIds).join(' ') },
  ]
  return toCsv(rows, columns)
}
