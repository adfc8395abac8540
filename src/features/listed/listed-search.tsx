import { memo, useDeferredValue, useId, useMemo, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'

import type { Designation } from '@/data/official/designation'
import { LIST_IDS } from '@/data/official/list-ids'
import { countriesIn, inScope, listsIn, searchNames, type NameFilter } from '@/data/official/name-search'
import { isIsoDate } from '@/data/vocabulary'
import { countryName } from '@/lib/country-name'
import { downloadBlob } from '@/lib/download'
import { useDashboardStore } from '@/state/store'
import { useI18n } from '@/state/use-i18n'

import { LIST_KEYS } from './list-names'
import { ListedResult } from './listed-result'
import { useNameKeys } from './use-name-keys'

/** A result stays drawn while it stays a result: typing one more letter redraws only what changed. */
const Result = memo(ListedResult)

/** Results shown at first, and added by "Show more": 1,500 names render in one go, but nobody reads them so. */
const PAGE = 50
/**
 * Results drawn in a keystroke's own frame: what a screen holds below the box (a result is ~7.5rem). The
 * rest of the page follows in a deferred render, so a keystroke pays for six new results, not fifty (the
 * names-search bench figure: 12 drawn at once cost ~1 ms more per key).
 */
const FIRST = 6

interface ListedSearchProps {
  designations: readonly Designation[]
  /** Records the checker left out of the bundled file. */
  rejected: number
}

/**
 * The names search: a box, the list, the country, the designation dates, "include delisted", a count of
 * what was searched, and the results. The view lives in the URL (who, list, country, lfrom, lto, delisted).
 */
export function ListedSearch({ designations, rejected }: ListedSearchProps) {
  const { t, fmt, locale } = useI18n()
  const id = useId()
  const filter = useDashboardStore(
    useShallow((s): NameFilter => ({
      query: s.view.namesQuery,
      list: s.view.namesList,
      includeDelisted: s.view.namesDelisted,
      country: s.view.namesCountry,
      from: s.view.namesFrom,
      to: s.view.namesTo,
    })),
  )
  const setNames = useDashboardStore((s) => s.setNames)
  const clearNames = useDashboardStore((s) => s.clearNames)
  const keys = useNameKeys(designations, filter.query.trim() !== '')
  const lists = useMemo(() => listsIn(designations), [designations])
  const countries = useMemo(() => countriesIn(designations), [designations])
  const [shown, setShown] = useState(PAGE)
  // Searched in the keystroke's own render: scanning 2,186 folded names takes well under a millisecond.
  // Drawing is what costs, so the keystroke draws the first FIRST results and a deferred render the rest.
  const matches = useMemo(() => searchNames(designations, keys, filter), [designations, keys, filter])
  // The previous matches while a keystroke's urgent render runs, these once the deferred one does.
  const settled = useDeferredValue(matches) === matches
  const drawn = settled ? shown : Math.min(FIRST, shown)
  const searched = filter.list === null ? lists : lists.filter((l) => l.list === filter.list)
  // Not recounted per keystroke: the query is not part of it.
  const { list, country, from, to, includeDelisted } = filter
  const total = useMemo(
    () =>
      designations.filter((d) => inScope(d, { query: '', list, country, from, to, includeDelisted })).length,
    [designations, list, country, from, to, includeDelisted],
  )
  // The country menu's 50-odd options, named once per language and not per keystroke.
  const countryOptions = useMemo(
    () =>
      countries.map((c) => (
        <option key={c.country} value={c.country}>
          {t('listed.countryOption', { country: countryName(c.country, locale), count: c.count })}
        </option>
      )),
    [countries, t, locale],
  )
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
  const update = (next: Parameters<typeof setNames>[0]) => {
    setNames(next)
    setShown(PAGE)
  }
  const filtered =
    filter.list !== null ||
    filter.country !== null ||
    filter.from !== null ||
    filter.to !== null ||
    filter.includeDelisted ||
    filter.query !== ''
  // A date typed halfway is not a date yet: the filter takes it once it is whole.
  const date = (value: string) => (isIsoDate(value) ? value : null)

  return (
    <div className="listed">
      <div className="listed-controls">
        <label className="listed-search">
          {t('listed.search')}
          <input
            type="search"
            value={filter.query}
            onChange={(e) => update({ namesQuery: e.target.value })}
            autoComplete="off"
            spellCheck={false}
          />
        </label>
        <label>
          {t('listed.list')}
          <select
            value={filter.list ?? ''}
            onChange={(e) => {
              const list = LIST_IDS.find((l) => l === e.target.value) ?? null
              update({ namesList: list })
            }}
          >
            <option value="">{t('listed.allLists')}</option>
            {LIST_IDS.filter((l) => lists.some((x) => x.list === l)).map((l) => (
              <option key={l} value={l}>
                {t(LIST_KEYS[l])}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('listed.country')}
          <select
            value={filter.country ?? ''}
            onChange={(e) => update({ namesCountry: e.target.value === '' ? null : e.target.value })}
          >
            <option value="">{t('listed.allCountries')}</option>
            {filter.country !== null && !countries.some((c) => c.country === filter.country) ? (
              <option value={filter.country}>{countryName(filter.country, locale)}</option>
            ) : null}
            {countryOptions}
          </select>
        </label>
        <fieldset className="listed-dates">
          <legend>{t('listed.designatedBetween')}</legend>
          <label htmlFor={`${id}-from`}>{t('listed.from')}</label>
          <input
            id={`${id}-from`}
            type="date"
            value={filter.from ?? ''}
            max={filter.to ?? undefined}
            onChange={(e) => update({ namesFrom: date(e.target.value) })}
          />
          <label htmlFor={`${id}-to`}>{t('listed.to')}</label>
          <input
            id={`${id}-to`}
            type="date"
            value={filter.to ?? ''}
            min={filter.from ?? undefined}
            onChange={(e) => update({ namesTo: date(e.target.value) })}
          />
        </fieldset>
        <label className="listed-delisted">
          <input
            type="checkbox"
            checked={filter.includeDelisted}
            onChange={(e) => update({ namesDelisted: e.target.checked })}
          />
          {t('listed.includeDelisted')}
        </label>
        {filtered ? (
          <button type="button" onClick={() => clearNames()}>
            {t('listed.clear')}
          </button>
        ) : null}
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
        {filter.country !== null || filter.from !== null || filter.to !== null
          ? ` ${t('listed.narrowed', {
              filters: fmt.list(
                [
                  filter.country !== null ? countryName(filter.country, locale) : null,
                  filter.from !== null || filter.to !== null
                    ? t('listed.dates', {
                        from: filter.from !== null ? fmt.date(filter.from) : '…',
                        to: filter.to !== null ? fmt.date(filter.to) : '…',
                      })
                    : null,
                ].filter((x): x is string => x !== null),
              ),
            })}`
          : null}
      </p>
      {rejected > 0 ? (
        <p className="notice" role="note">
          {t('listed.rejected', { count: rejected })}
        </p>
      ) : null}
      {matches.length === 0 ? (
        <p className="listed-empty">
          {filter.query.trim() === ''
            ? t('listed.emptyFilters')
            : t('listed.empty', { query: filter.query.trim() })}
        </p>
      ) : (
        <ol className="listed-results">
          {matches.slice(0, drawn).map((d) => (
            <Result key={`${d.list}-${d.entry}-${d.delisted ?? ''}`} designation={d} />
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
