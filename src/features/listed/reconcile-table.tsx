import { useMemo, useState } from 'react'

import type { Designation } from '@/data/official/designation'
import { RECONCILED, reconcile, type Reconciled } from '@/data/official/reconcile'
import type { Measure } from '@/data/validate/schema'
import { useI18n } from '@/state/use-i18n'

const WHAT_KEYS = {
  individuals: 'reconcile.what.individuals',
  entities: 'reconcile.what.entities',
  banks: 'reconcile.what.banks',
  'export-entities': 'reconcile.what.export-entities',
  'export-third': 'reconcile.what.export-third',
} as const satisfies Record<Reconciled, `reconcile.what.${Reconciled}`>

/** The lists' count per notice date beside the press figure and the difference, for one kind of listing. */
export function ReconcileTable({
  designations,
  measures,
}: {
  designations: readonly Designation[]
  measures: readonly Measure[]
}) {
  const { t, fmt } = useI18n()
  const [what, setWhat] = useState<Reconciled>('individuals')
  const result = useMemo(() => reconcile(designations, measures, what), [designations, measures, what])
  const titleOf = useMemo(() => new Map(measures.map((m) => [m.id, m.title])), [measures])
  const differing = result.rows.filter((r) => r.difference !== 0).length
  const signed = (n: number) => (n > 0 ? `+${fmt.number(n)}` : n < 0 ? `−${fmt.number(-n)}` : '0')

  return (
    <section className="reconcile" aria-labelledby="reconcile-title">
      <h3 id="reconcile-title">{t('reconcile.title')}</h3>
      <p className="reconcile-intro">{t('reconcile.intro')}</p>
      <label className="reconcile-what">
        {t('reconcile.show')}
        <select value={what} onChange={(e) => setWhat(e.target.value as Reconciled)}>
          {RECONCILED.map((w) => (
            <option key={w} value={w}>
              {t(WHAT_KEYS[w])}
            </option>
          ))}
        </select>
      </label>
      <p className="reconcile-summary">
        {t('reconcile.summary', {
          listed: fmt.number(result.listedTotal),
          reported: fmt.number(result.reportedTotal),
          differing,
          dates: result.rows.length,
        })}
      </p>
      <div className="table-scroll">
        <table className="tally-table reconcile-table">
          <caption>{t(WHAT_KEYS[what])}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reconcile.date')}</th>
              <th scope="col">{t('reconcile.listed')}</th>
              <th scope="col">{t('reconcile.reported')}</th>
              <th scope="col">{t('reconcile.difference')}</th>
              <th scope="col">{t('reconcile.note')}</th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((r) => (
              <tr key={r.date} className={r.difference !== 0 ? 'row-mismatch' : undefined}>
                <td>
                  <time dateTime={r.date}>{fmt.date(r.date)}</time>
                </td>
                <td className="num">
                  {r.listed === null ? t('reconcile.none') : fmt.number(r.listed)}
                  {r.delisted > 0 ? ` (${t('reconcile.removed', { count: r.delisted })})` : null}
                </td>
                <td className="num">{r.reported === null ? t('reconcile.none') : fmt.number(r.reported)}</td>
                <td className="num">{r.difference === null ? '—' : signed(r.difference)}</td>
                <td>
                  {r.reported === null
                    ? r.listed === null
                      ? t('reconcile.onlyRemoved')
                      : t('reconcile.noPress')
                    : r.listed === null
                      ? t('reconcile.notOnList')
                      : r.measureIds.map((id) => titleOf.get(id) ?? id).join('; ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
