import { useMemo } from 'react'

import { AllNoneButtons } from '@/components/all-none-buttons'
import { measureTypeLabel } from '@/data/labels'
import type { Dataset } from '@/data/validate/schema'
import { countByType } from '@/data/shape/filter'
import { useDashboardStore } from '@/state/store'
import { useI18n } from '@/state/use-i18n'

import { CopyLinkButton } from './copy-link-button'
import { DateRangeInputs } from './date-range-inputs'

/** The page-wide filter: measure types and a date range. Every panel reads it from the store. */
export function FilterBar({ dataset }: { dataset: Dataset }) {
  const types = useDashboardStore((s) => s.view.types)
  const toggleType = useDashboardStore((s) => s.toggleType)
  const setTypes = useDashboardStore((s) => s.setTypes)
  const counts = useMemo(() => countByType(dataset.measures), [dataset])
  const allTypes = useMemo(() => counts.map(([type]) => type), [counts])
  const { t } = useI18n()

  return (
    <div className="filter-bar">
      <fieldset className="type-filter">
        <legend>{t('filter.types')}</legend>
        <AllNoneButtons
          onAll={() => setTypes(null)}
          onNone={() => setTypes([])}
          allSelected={types === null}
          noneSelected={types !== null && types.length === 0}
        />
        <ul className="type-options">
          {counts.map(([type, n]) => (
            <li key={type}>
              <label>
                <input
                  type="checkbox"
                  checked={types === null || types.includes(type)}
                  onChange={() => toggleType(type, allTypes)}
                />
                <span>
                  {measureTypeLabel(t, type, dataset.measures)}{' '}
                  <span className="count">{t('filter.typeCount', { count: n })}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="filter-side">
        <DateRangeInputs min={dataset.meta.coverage.from} max={dataset.meta.coverage.to} />
        <CopyLinkButton />
      </div>
    </div>
  )
}
