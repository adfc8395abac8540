import { useMemo } from 'react'

import type { Dataset } from '@/data/schema'
import { isRussianIndividualFreeze, toCumulativeSeries } from '@/data/shape/cumulative'
import { formatDate, formatNumber, plural } from '@/lib/format'

/** Interim view of the timeline: the tranche table that the chart (issue #3) will sit on. */
export function TimelinePanel({ dataset }: { dataset: Dataset }) {
  const series = useMemo(() => toCumulativeSeries(dataset.measures, isRussianIndividualFreeze), [dataset])
  const byJapan = dataset.measures.filter((m) => m.direction === 'JP→RU').length
  const byRussia = dataset.measures.length - byJapan

  return (
    <>
      <p>
        {plural(byJapan, 'measure')} by Japan and {plural(byRussia, 'measure')} by Russia in return, in{' '}
        {plural(dataset.measures.length, 'record')}.
      </p>
      <div className="table-scroll">
        <table>
          <caption>Individuals under Japan&apos;s asset freeze, tranche by tranche</caption>
          <thead>
            <tr>
              <th scope="col">Announced</th>
              <th scope="col">Added</th>
              <th scope="col">Running total</th>
              <th scope="col">Reported total</th>
            </tr>
          </thead>
          <tbody>
            {series.map((p) => (
              <tr key={p.measureId}>
                <td>{formatDate(p.date)}</td>
                <td className="num">+{formatNumber(p.added)}</td>
                <td className="num">{formatNumber(p.total)}</td>
                <td className="num">{p.reportedTotal === null ? '–' : formatNumber(p.reportedTotal)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
