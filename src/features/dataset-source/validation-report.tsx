import { MAX_PROBLEMS_SHOWN } from '@/data/dataset-limits'
import type { DatasetSource } from '@/data/dataset-source'
import type { ConsistencyCheck } from '@/data/shape/consistency'
import { formatProblem } from '@/data/format-problem'
import type { Problem } from '@/data/validate-dataset'
import { buildReport } from '@/data/validation-report'
import { downloadBlob, fileSlug } from '@/lib/download'
import { formatNumber, plural } from '@/lib/format'

export interface ValidationReportProps {
  title: string
  source: DatasetSource
  loadedAt: string
  problems: readonly Problem[]
  rejected: number
  omittedProblems: number
  checks: readonly ConsistencyCheck[]
}

export function downloadReport(props: ValidationReportProps): void {
  const report = buildReport(props)
  const blob = new Blob([JSON.stringify(report, null, 2)], { type: 'application/json' })
  downloadBlob(blob, `validation-report-${fileSlug(props.title)}.json`)
}

export function DownloadReportButton(props: ValidationReportProps) {
  return (
    <button type="button" onClick={() => downloadReport(props)}>
      Download report
    </button>
  )
}

/**
 * Rejected records: the count always in sight while any are rejected, each problem on request (the first
 * few hundred on the page, every one kept in the downloadable report).
 */
export function ValidationReport(props: ValidationReportProps) {
  const { problems, rejected, omittedProblems } = props
  if (rejected === 0 && problems.length === 0) return null
  const shown = problems.slice(0, MAX_PROBLEMS_SHOWN)
  const more = problems.length - shown.length + omittedProblems
  return (
    <section className="notice notice-error validation-report" aria-label="Validation report">
      <details>
        <summary>
          {rejected > 0
            ? `${plural(rejected, 'record')} rejected by validation ${rejected === 1 ? 'is' : 'are'} not shown.`
            : `${plural(problems.length, 'problem')} in the dataset’s structure.`}{' '}
          Show why
        </summary>
        <ul className="problem-list">
          {shown.map((p, i) => (
            <li key={i}>{formatProblem(p)}</li>
          ))}
        </ul>
        {more > 0 ? (
          <p className="report-more">
            …and {plural(more, 'more problem')}: download the report for all
            {omittedProblems > 0
              ? ` (it keeps the first ${formatNumber(problems.length)}; ${formatNumber(omittedProblems)} more were counted but not kept)`
              : ''}
            .
          </p>
        ) : null}
      </details>
      <div className="button-row">
        <DownloadReportButton {...props} />
      </div>
    </section>
  )
}
