import { useDeferredValue, useMemo, useState } from 'react'

import { LIST_IDS, type ListId } from '@/data/official/designation'
import { listsIn, nameKey, searchNames, type NameFilter } from '@/data/official/name-search'
import type { DesignationsFile } from '@/data/official/read-designations'
import { downloadBlob } from '@/lib/download'
import { useI18n } from '@/state/use-i18n'

import { LIST_KEYS } from './list-names'
import { ListedResult } from './listed-result'

/** Results shown at first, and added by "Show more": 1,500 names render in one go, but nobody reads them so. */
const PAGE = 50

/** The names search: a box, the list, "include delisted", a count of what was searched, and the results. */
export function ListedSearch({ file }: { file: DesignationsFile }) {
  const { t, fmt } = useI18n()
  const { designations } = file
  const keys = useMemo(() => designations.map(nameKey), [designations])
  const lists = useMemo(() => listsIn(designations), [designations])
  const [filter, setFilter] = useState<NameFilter>({ query: '', list: null, includeDelisted: false })
  const [shown, setShown] = useState(PAGE)
  // Typing stays responsive: the search over the lists follows in the next render.
  const deferred = useDeferredValue(filter)
  const matches = useMemo(() => searchNames(designations, keys, deferred), [designations, keys, deferred])
  const searched = deferred.list === null ? lists : lists.filter((l) => l.list === deferred.list)
  const total = designations.filter(
    (d) =>
      (deferred.list === null || d.list === deferred.list) &&
      (deferred.includeDelisted || d.delisted === null),
  ).length
  const asOf = fmt.list(
    [...new Set(searched.map((l) => l.asOf).filter((d): d is string => d !== null))].map((d) => fmt.date(d)),
  )
  const [csvError, setCsvError] = useState<string | null>(null)
  const saveCsv = async () => {
    try {
      const { designationsToCsv } = await import('./listed-csv')
      const stamp = [...new Set(searched.map((l) => l.asOf ?? ''))].sort().at(-1) ?? ''
      downloadBlob(
        new Blob([designationsToCsv(matches)], { type: 'text/csv;charset=utf-8' }),
        `japan-russia-official-lists${stamp === '' ? '' : `-${stamp}`}.csv`,
      )
      setCsvError(null)
    } catch (e) {
      setCsvError(t('listed.csvFailed', { error: e instanceof Error ? e.message : String(e) }))
    }
  }
  const update = (next: Partial<NameFilter>) => {
    setFilter((f) => ({ ...f, ...next }))
    setShown(PAGE)
  }

  return (
    <div className="listed">
      <div className="listed-controls">
        <label className="listed-search">
          {t('listed.search')}
          <input
            type="search"
            value={filter.query}
            onChange={(e) => update({ query: e.target.value })}
            autoComplete="off"
            spellCheck={false}
          />
        </label>
        <label>
          {t('listed.list')}
          <select
            value={filter.list ?? ''}
            onChange={(e) => update({ list: e.target.value === '' ? null : (e.target.value as ListId) })}
          >
            <option value="">{t('listed.allLists')}</option>
            {LIST_IDS.filter((id) => lists.some((l) => l.list === id)).map((id) => (
              <option key={id} value={id}>
                {t(LIST_KEYS[id])}
              </option>
            ))}
          </select>
        </label>
        <label className="listed-delisted">
          <input
            type="checkbox"
            checked={filter.includeDelisted}
            onChange={(e) => update({ includeDelisted: e.target.checked })}
          />
          {t('listed.includeDelisted')}
        </label>
      </div>
      <p role="status" className="listed-count">
        {t('listed.count', { shown: fmt.number(matches.length), total: fmt.number(total), asOf })}
      </p>
      <div className="csv-buttons">
        <button type="button" onClick={() => void saveCsv()} disabled={matches.length === 0}>
          {t('listed.csv')}
        </button>
        {csvError === null ? null : (
          <p role="alert" className="field-error">
            {csvError}
          </p>
        )}
      </div>
      <p className="listed-scope">
        {t('listed.searched', { lists: fmt.list(searched.map((l) => t(LIST_KEYS[l.list]))) })}
      </p>
      {file.rejected > 0 ? (
        <p className="notice" role="note">
          {t('listed.rejected', { count: file.rejected })}
        </p>
      ) : null}
      {matches.length === 0 ? (
        <p className="listed-empty">{t('listed.empty', { query: deferred.query.trim() })}</p>
      ) : (
        <ol className="listed-results">
          {matches.slice(0, shown).map((d) => (
            <ListedResult key={`${d.list}-${d.entry}-${d.delisted ?? ''}`} designation={d} />
          ))}
        </ol>
      )}
      {matches.length > shown ? (
        <button type="button" onClick={() => setShown((n) => n + PAGE)}>
          {t('listed.more', { count: Math.min(PAGE, matches.length - shown) })}
        </button>
      ) : null}
    </div>
  )
}
