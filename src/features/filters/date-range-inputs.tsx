import { useMemo } from 'react'

import { presetYear, yearRanges } from '@/data/shape/year-ranges'
import { useDashboardStore } from '@/state/store'
import { useI18n } from '@/state/use-i18n'

interface DateRangeInputsProps {
  min: string
  max: string
}

/**
 * Typed from/to dates (the browser's date field; an empty field leaves that end open), and presets
 * beside them: the whole period, and each year the dataset covers.
 */
export function DateRangeInputs({ min, max }: DateRangeInputsProps) {
  const from = useDashboardStore((s) => s.view.from)
  const to = useDashboardStore((s) => s.view.to)
  const setRange = useDashboardStore((s) => s.setRange)
  const invalid = from !== null && to !== null && from > to
  const { t, fmt } = useI18n()
  const coverage = useMemo(() => ({ from: min, to: max }), [min, max])
  const years = useMemo(() => yearRanges(coverage), [coverage])
  const activeYear = presetYear({ from, to }, coverage)
  const whole = from === null && to === null

  return (
    <fieldset className="date-range">
      <legend>{t('filter.dates')}</legend>
      <label>
        {t('filter.from')}
        <input
          type="date"
          value={from ?? ''}
          min={min}
          max={to ?? max}
          onChange={(e) => setRange({ from: e.target.value === '' ? null : e.target.value })}
        />
      </label>
      <label>
        {t('filter.to')}
        <input
          type="date"
          value={to ?? ''}
          min={from ?? min}
          max={max}
          onChange={(e) => setRange({ to: e.target.value === '' ? null : e.target.value })}
        />
      </label>
      {years.length > 1 || !whole ? (
        <div className="range-presets" role="group" aria-label={t('filter.presets')}>
          <button type="button" aria-pressed={whole} onClick={() => setRange({ from: null, to: null })}>
            {t('filter.allDates')}
          </button>
          {years.length > 1
            ? years.map((r) => (
                <button
                  key={r.year}
                  type="button"
                  aria-pressed={activeYear === r.year}
                  onClick={() => setRange({ from: r.from, to: r.to })}
                >
                  {fmt.year(r.from)}
                </button>
              ))
            : null}
        </div>
      ) : null}
      {invalid ? (
        <p role="alert" className="field-error">
          {t('filter.startAfterEnd')}
        </p>
      ) : null}
    </fieldset>
  )
}
