import type { OpenedDataset } from '@/data/open-dataset'
import type { ConsistencyCheck } from '@/data/shape/consistency'
import { describeCheck } from '@/data/shape/consistency'
import { DownloadReportButton, ValidationReport } from '@/features/dataset-source/validation-report'
import { plural } from '@/lib/format'

interface DatasetNoticesProps {
  shown: OpenedDataset
  checks: readonly ConsistencyCheck[]
}

/** Rejected records and inconsistent totals: always visible as a line, details on request. */
export function DatasetNotices({ shown, checks }: DatasetNoticesProps) {
  const mismatches = checks.filter((c) => !c.ok)
  const report = {
    title: shown.dataset.meta.title,
    source: shown.source,
    loadedAt: shown.loadedAt,
    problems: shown.problems,
    rejected: shown.rejected,
    omittedProblems: shown.omittedProblems,
    checks,
  }
  const reported = shown.rejected > 0 || shown.problems.length > 0
  return (
    <div className="notices">
      <ValidationReport {...report} />
      {mismatches.length > 0 ? (
        <div className="notice notice-warning">
          <details>
            <summary>
              Consistency: {plural(mismatches.length, 'reported figure')} of {checks.length} checked{' '}
              {mismatches.length === 1 ? 'differs' : 'differ'} from the sum of the dataset’s records. Show
              which
            </summary>
            <p>
              Reported totals are shown as the sources give them and are not corrected. A difference usually
              means a source counted a different scope (for example Belarusians, or tranches not in the
              dataset).
            </p>
            <ul className="problem-list">
              {mismatches.slice(0, 200).map((c) => (
                <li key={`${c.kind}-${c.measureId}`}>{describeCheck(c)}</li>
              ))}
            </ul>
            {mismatches.length > 200 ? <p>…and {plural(mismatches.length - 200, 'more')}.</p> : null}
          </details>
          {reported ? null : (
            <div className="button-row">
              <DownloadReportButton {...report} />
            </div>
          )}
        </div>
      ) : checks.length > 0 ? (
        <p className="notice notice-ok">
          Consistency: all {plural(checks.length, 'reported figure')} checked match the sum of the dataset’s
          records.
        </p>
      ) : null}
    </div>
  )
}
