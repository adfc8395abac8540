import { Fragment, useMemo, useState } from 'react'

import type { CountryGroup } from '@/data/shape/country-groups'
import { useI18n } from '@/state/use-i18n'

import { GROUP_KEYS } from './group-style'
import type { TallyPoint } from './timeline-data'

type SortKey = 'date' | 'added' | 'total' | 'reportedTotal'
type Direction = 'ascending' | 'descending'

const COLUMNS = [
  ['date', 'tally.announced'],
  ['added', 'tally.added'],
  ['total', 'tally.total'],
  ['reportedTotal', 'tally.reported'],
] as const satisfies ReadonlyArray<[SortKey, string]>

interface TallyTableProps {
  caption: string
  points: readonly TallyPoint[]
  sourceLabel: (sourceIds: readonly string[]) => string
  /** The breakdown's groups: a column each, after "Added". */
  groups?: ReadonlyArray<CountryGroup | 'unsplit'>
}

function compare(a: TallyPoint, b: TallyPoint, key: SortKey): number {
  if (key === 'date') return a.date < b.date ? -1 : a.date > b.date ? 1 : 0
  // Missing reported totals sort below every figure.
  return (a[key] ?? -1) - (b[key] ?? -1)
}

/** The chart's data as a sortable table: the same points, the same numbers. */
export function TallyTable({ caption, points, sourceLabel, groups = [] }: TallyTableProps) {
  const { t, fmt } = useI18n()
  const [sort, setSort] = useState<{ key: SortKey; direction: Direction }>({
    key: 'date',
    direction: 'ascending',
  })
  const rows = useMemo(() => {
    const sorted = [...points].sort((a, b) => compare(a, b, sort.key))
    return sort.direction === 'ascending' ? sorted : sorted.reverse()
  }, [points, sort])

  const toggle = (key: SortKey) =>
    setSort((s) => ({
      key,
      direction: s.key === key && s.direction === 'ascending' ? 'descending' : 'ascending',
    }))

  return (
    <div className="table-scroll">
      <table className="tally-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {COLUMNS.map(([key, label]) => (
              <Fragment key={key}>
                <th scope="col" aria-sort={sort.key === key ? sort.direction : 'none'}>
                  <button type="button" className="sort-button" onClick={() => toggle(key)}>
                    {t(label)}
                    <span aria-hidden="true">
                      {sort.key === key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
                    </span>
                  </button>
                </th>
                {key === 'added'
                  ? groups.map((g) => (
                      <th key={g} scope="col" className="group-column">
                        {t(GROUP_KEYS[g])}
                      </th>
                    ))
                  : null}
              </Fragment>
            ))}
            <th scope="col">{t('tally.measure')}</th>
            <th scope="col">{t('tally.source')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.measureId} className={p.mismatch ? 'row-mismatch' : undefined}>
              <td>
                <time dateTime={p.date}>{fmt.date(p.date)}</time>
              </td>
              <td className="num">
                {p.removed > 0 && p.added === 0 ? `−${fmt.number(p.removed)}` : `+${fmt.number(p.added)}`}
              </td>
              {groups.map((g) => (
                <td key={g} className="num">
                  {fmt.number(g === 'unsplit' ? p.unsplit : p.groups[g])}
                </td>
              ))}
              <td className="num">{fmt.number(p.total)}</td>
              <td className="num">
                {p.reportedTotal === null ? t('tally.none') : fmt.number(p.reportedTotal)}
                {p.mismatch ? <span className="mismatch-label">{t('tally.differs')}</span> : null}
              </td>
              <td>{p.title}</td>
              <td>{sourceLabel(p.sourceIds)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
