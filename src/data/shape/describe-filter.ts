import { typeName } from '@/data/labels'
import type { Meta } from '@/data/validate/schema'
import type { MeasureFilter } from '@/data/shape/filter'
import type { I18n } from '@/lib/i18n/i18n'

/** The period a view covers: the filter's dates, or the dataset's coverage where the filter is open. */
export function viewPeriod(f: Pick<MeasureFilter, 'from' | 'to'>, meta: Meta): { from: string; to: string } {
  return { from: f.from ?? meta.coverage.from, to: f.to ?? meta.coverage.to }
}

/** The page-wide filter in words, for image subtitles: "Export ban, Import ban · 1 Apr – 5 Dec 2022". */
export function describeFilter({ t, fmt }: Pick<I18n, 't' | 'fmt'>, f: MeasureFilter, meta: Meta): string {
  const { from, to } = viewPeriod(f, meta)
  const types =
    f.types === null
      ? t('filter.allTypes')
      : f.types.length === 0
        ? t('filter.noType')
        : fmt.list(f.types.map((type) => typeName(t, type)))
  return `${types} · ${fmt.dateRange(from, to)}`
}

/** "Japan's sanctions on Russia, 2022 · data as of 5 Dec 2022 · dataset version 1.0.0" */
export function asOfLine({ t, fmt }: Pick<I18n, 't' | 'fmt'>, meta: Meta, title: string): string {
  return t('meta.asOfLine', { title, date: fmt.date(meta.asOf), version: meta.version })
}
