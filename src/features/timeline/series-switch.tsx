import { useI18n } from '@/state/use-i18n'
import type { TimelineSeries } from '@/state/url-state'

import type { SeriesDefinition } from './timeline-data'

interface SeriesSwitchProps {
  options: readonly SeriesDefinition[]
  value: TimelineSeries
  onChange: (series: TimelineSeries) => void
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
