import { useId } from 'react'

import { useI18n } from '@/state/use-i18n'

import type { PlainKey } from '@/features/energy/energy-data'

export type LngUnit = 'share' | 'tonnes'

interface UnitSwitchProps {
  value: LngUnit
  onChange: (unit: LngUnit) => void
  /** false when the dataset lacks the total that tonnes are derived from. */
  tonnesAvailable: boolean
}

const OPTIONS: ReadonlyArray<[LngUnit, PlainKey]> = [
  ['share', 'energy.lng.unit.share'],
  ['tonnes', 'energy.lng.unit.tonnes'],
]

/** Share of imports or tonnes: a labelled radio group, so the choice is announced and keyboard-operable. */
export function UnitSwitch({ value, onChange, tonnesAvailable }: UnitSwitchProps) {
  const name = useId()
  const { t } = useI18n()
  return (
    <fieldset className="energy-unit-switch">
      <legend>{t('energy.lng.unit.legend')}</legend>
      {OPTIONS.map(([unit, key]) => (
        <label key={unit}>
          <input
            type="radio"
            name={name}
            value={unit}
            checked={value === unit}
            disabled={unit === 'tonnes' && !tonnesAvailable}
            onChange={() => onChange(unit)}
          />
          {t(key)}
        </label>
      ))}
    </fieldset>
  )
}
