import { localizeDataset } from '@/data/localize'
import type { OpenedDataset } from '@/data/load/open-dataset'
import type { ConsistencyCheck } from '@/data/shape/consistency'
import { describeCheck } from '@/data/shape/consistency'
import { DownloadReportButton, ValidationReport } from '@/features/dataset-source/validation-report'
import { useI18n } from '@/state/use-i18n'

interface DatasetNoticesProps {
  shown: OpenedDataset
  checks: readonly ConsistencyCheck[]
}

/** Mismatches listed on the page; a dataset with more is summed up by a count. */
const MISMATCHES_SHOWN = 200

/** Rejected records and inconsistent totals: always visible as a line, details on request. */
export function DatasetNotices({ shown, checks }: DatasetNoticesProps) {
  const i18n = useI18n()
  const { t } = i18n
  const mismatches = checks.filter((c) => !c.ok)
  const report = {
    title: localizeDataset(shown.dataset, i18n.locale).meta.title,
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
              {t('dataset.consistency.mismatches', { count: mismatches.length, checked: checks.length })}{' '}
              {t('dataset.consistency.showWhich')}
            </summary>
            <p>{t('dataset.consistency.explain')}</p>
            <ul className="problem-list">
              {mismatches.slice(0, MISMATCHES_SHOWN).map((c) => (
                <li key={`${c.kind}-${c.measureId}`}>{describeCheck(i18n, c)}</li>
              ))}
            </ul>
            {mismatches.length > MISMATCHES_SHOWN ? (
              <p>{t('dataset.consistency.more', { count: mismatches.length - MISMATCHES_SHOWN })}</p>
            ) : null}
          </details>
          {reported ? null : (
            <div className="button-row">
              <DownloadReportButton {...report} />
            </div>
          )}
        </div>
      ) : checks.length > 0 ? (
        <p className="notice notice-ok">{t('dataset.consistency.allMatch', { count: checks.length })}</p>
      ) : null}
    </div>
  )
}
