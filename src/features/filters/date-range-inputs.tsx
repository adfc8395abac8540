import { useDashboardStore } from '@/state/store'
import { useI18n } from '@/state/use-i18n'

interface DateRangeInputsProps {
  min: string
  max: string
}

/** Typed from/to dates (the browser's date field); an empty field leaves that end open. */
export function DateRangeInputs({ min, max }: DateRangeInputsProps) {
  const from = useDashboardStore((s) => s.view.from)
  const to = useDashboardStore((s) => s.view.to)
  const setRange = useDashboardStore((s) => s.setRange)
  const invalid = from !== null && to !== null && from > to
  const { t } = useI18n()

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
      {from === null && to === null ? null : (
        <button type="button" onClick={() => setRange({ from: null, to: null })}>
          {t('filter.allDates')}
        </button>
      )}
      {invalid ? (
        <p role="alert" className="field-error">
          {t('filter.startAfterEnd')}
        </p>
      ) : null}
    </fieldset>
  )
}
