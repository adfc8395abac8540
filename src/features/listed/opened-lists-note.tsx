import { listsIn } from '@/data/official/name-search'
import type { OpenedLists } from '@/data/official/opened-lists'
import { useI18n } from '@/state/use-i18n'

import { LIST_KEYS } from './list-names'

/** Rows of a workbook named in the note; the rest are counted. */
const ROWS_NAMED = 5

/** Which lists the panel shows when a workbook was opened: its file, as-of date, and what was left out. */
export function OpenedListsNote({
  lists,
  onBundledLists,
}: {
  lists: OpenedLists
  onBundledLists?: (() => void) | undefined
}) {
  const { t, fmt } = useI18n()
  const skipped = lists.skippedSheets.map((s) => s.sheet)
  const problems = lists.problems.length + lists.omittedProblems
  return (
    <div className="notice" role="note">
      <p>
        {lists.origin === 'workbook'
          ? t('listed.opened', {
              file: lists.file,
              asOf: lists.asOf === null ? '—' : fmt.date(lists.asOf),
              how: lists.asOfFrom === 'latest-date' ? t('listed.openedAsOfLatest') : '',
            })
          : t('listed.openedDataset', {
              file: lists.file,
              lists: fmt.list(listsIn(lists.designations).map((l) => t(LIST_KEYS[l.list]))),
            })}
      </p>
      {skipped.length > 0 ? (
        <details>
          <summary>{t('listed.openedSkipped', { count: skipped.length })}</summary>
          <p>
            {t('listed.openedSkippedWhich')}: {fmt.list(skipped)}
          </p>
        </details>
      ) : null}
      {problems > 0 ? (
        <p>
          {t('listed.openedProblems', {
            count: problems,
            rows: fmt.list(
              lists.problems
                .slice(0, ROWS_NAMED)
                .map((p) => `${p.sheet} ${p.row}: ${p.reason}`)
                .concat(problems > ROWS_NAMED ? ['…'] : []),
            ),
          })}
        </p>
      ) : null}
      {onBundledLists === undefined ? null : (
        <button type="button" onClick={onBundledLists}>
          {t('listed.backToBundledLists')}
        </button>
      )}
    </div>
  )
}
