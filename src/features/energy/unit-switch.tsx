import { useId } from 'react'

export type LngUnit = 'share' | 'tonnes'

interface UnitSwitchProps {
  value: LngUnit
  onChange: (unit: LngUnit) => void
  /** false when the dataset lacks the total that tonnes are derived from. */
  tonnesAvailable: boolean
}

const OPTIONS: ReadonlyArray<[LngUnit, string]> = [
  ['share', 'Share (%)'],
  ['tonnes', 'Tonnes (Mt)'],
]

/** Share of imports or tonnes: a labelled radio group, so the choice is announced and keyboard-operable. */
export function UnitSwitch({ value, onChange, tonnesAvailable }: UnitSwitchProps) {
  const name = useId()
  return (
    <fieldset className="energy-unit-switch">
      <legend>Measure</legend>
      {OPTIONS.map(([unit, label]) => (
        <label key={unit}>
          <input
            type="radio"
            name={name}
            value={unit}
            checked={value === unit}
            disabled={unit === 'tonnes' && !tonnesAvailable}
            onChange={() => onChange(unit)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  )
}
