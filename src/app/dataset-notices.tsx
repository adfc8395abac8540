import type { ConsistencyCheck } from '@/data/shape/consistency'
import { describeCheck } from '@/data/shape/consistency'
import { formatProblem, type Problem } from '@/data/validate-dataset'
import { plural } from '@/lib/format'

interface DatasetNoticesProps {
  problems: readonly Problem[]
  rejected: number
  checks: readonly ConsistencyCheck[]
}

/** Rejected records and inconsistent totals: always visible as a line, details on request. */
export function DatasetNotices({ problems, rejected, checks }: DatasetNoticesProps) {
  const mismatches = checks.filter((c) => !c.ok)
  return (
    <div className="notices">
      {rejected > 0 || problems.length > 0 ? (
        <details className="notice notice-error">
          <summary>
            {plural(rejected, 'record')} rejected by validation {rejected === 1 ? 'is' : 'are'} not shown.
            Show why
          </summary>
          <ul className="problem-list">
            {problems.map((p, i) => (
              <li key={i}>{formatProblem(p)}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {mismatches.length > 0 ? (
        <details className="notice notice-warning">
          <summary>
            Consistency: {plural(mismatches.length, 'reported figure')} of {checks.length} checked{' '}
            {mismatches.length === 1 ? 'differs' : 'differ'} from the sum of the dataset’s records. Show which
          </summary>
          <p>
            Reported totals are shown as the sources give them and are not corrected. A difference usually
            means a source counted a different scope (for example Belarusians, or tranches not in the
            dataset).
          </p>
          <ul className="problem-list">
            {mismatches.map((c) => (
              <li key={`${c.kind}-${c.measureId}`}>{describeCheck(c)}</li>
            ))}
          </ul>
        </details>
      ) : checks.length > 0 ? (
        <p className="notice notice-ok">
          Consistency: all {plural(checks.length, 'reported figure')} checked match the sum of the dataset’s
          records.
        </p>
      ) : null}
    </div>
  )
}
