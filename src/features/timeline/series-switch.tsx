import { useI18n } from '@/state/use-i18n'
import type { CountSource, TimelineSeries } from '@/state/url-state'

import type { SeriesDefinition } from './timeline-data'

interface SeriesSwitchProps {
  options: readonly SeriesDefinition[]
  value: TimelineSeries
  onChange: (series: TimelineSeries) => void
}

/** Splits the tally by target country: Russia, the occupied regions of Ukraine, Belarus, third countries. */
export function BreakdownSwitch({
  checked,
  onChange,
}: {
  checked: boolean
  onChange: (on: boolean) => void
}) {
  const { t } = useI18n()
  return (
    <label className="breakdown-switch">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {t('timeline.breakdown')}
    </label>
  )
}

/** Where the tally is counted from: the press-reported tranche figures, or the official lists name by name. */
export function CountsSwitch({
  value,
  onChange,
}: {
  value: CountSource
  onChange: (v: CountSource) => void
}) {
  const { t } = useI18n()
  return (
    <label className="counts-switch">
      {t('timeline.countFrom')}
      <select value={value} onChange={(e) => onChange(e.target.value === 'lists' ? 'lists' : 'press')}>
        <option value="press">{t('timeline.countFrom.press')}</option>
        <option value="lists">{t('timeline.countFrom.lists')}</option>
      </select>
    </label>
  )
}

/** Chooses which of Japan's tallies the timeline shows. */
export function SeriesSwitch({ options, value, onChange }: SeriesSwitchProps) {
  const { t } = useI18n()
  return (
    <label className="series-switch">
      {t('timeline.show')}
      <select value={value} onChange={(e) => onChange(e.target.value as TimelineSeries)}>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {t(o.words.label)}
          </option>
        ))}
      </select>
    </label>
  )
}
