import { useDashboardStore } from '@/state/store'

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

  return (
    <fieldset className="date-range">
      <legend>Dates announced</legend>
      <label>
        From
        <input
          type="date"
          value={from ?? ''}
          min={min}
          max={to ?? max}
          onChange={(e) => setRange({ from: e.target.value === '' ? null : e.target.value })}
        />
      </label>
      <label>
        To
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
          All dates
        </button>
      )}
      {invalid ? (
        <p role="alert" className="field-error">
          The start date is after the end date: nothing can match.
        </p>
      ) : null}
    </fieldset>
  )
}
