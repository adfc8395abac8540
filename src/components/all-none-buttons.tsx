import { useI18n } from '@/state/use-i18n'

interface AllNoneButtonsProps {
  /** Selects every option (the filter's "no restriction" state). */
  onAll: () => void
  /** Clears every option. */
  onNone: () => void
  allSelected: boolean
  noneSelected: boolean
}

/** "All" and "None" above a list of filter checkboxes; the one that would change nothing is disabled. */
export function AllNoneButtons({ onAll, onNone, allSelected, noneSelected }: AllNoneButtonsProps) {
  const { t } = useI18n()
  return (
    <div className="type-filter-actions">
      <button type="button" onClick={onAll} disabled={allSelected}>
        {t('filter.all')}
      </button>
      <button type="button" onClick={onNone} disabled={noneSelected}>
        {t('filter.none')}
      </button>
    </div>
  )
}
