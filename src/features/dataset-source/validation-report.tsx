import { MAX_PROBLEMS_SHOWN } from '@/data/load/dataset-limits'
import { formatProblem } from '@/data/validate/format-problem'
import { buildReport, type ReportInput } from '@/data/validate/validation-report'
import { downloadBlob, fileSlug } from '@/lib/download'
import type { I18n } from '@/lib/i18n/i18n'
import { useI18n } from '@/state/use-i18n'

/** What the report on the page shows is what the downloaded report holds. */
export type ValidationReportProps = ReportInput

/** Downloads the report, its sentences in the reader's language (see validate/validation-report.ts). */
export function downloadReport(i18n: I18n, props: ValidationReportProps): void {
  const report = buildReport(i18n, props)
  const blob = new Blob([JSON.stringify(report, null, 2)], { type: 'application/json' })
  downloadBlob(blob, `validation-report-${fileSlug(props.title)}.json`)
}

export function DownloadReportButton(props: ValidationReportProps) {
  const i18n = useI18n()
  return (
    <button type="button" onClick={() => downloadReport(i18n, props)}>
      {i18n.t('dataset.report.download')}
    </button>
  )
}

/**
 * Rejected records: the count always in sight while any are rejected, each problem on request (the first
 * few hundred on the page, every one kept in the downloadable report).
 */
export function ValidationReport(props: ValidationReportProps) {
  const { t } = useI18n()
  const { problems, rejected, omittedProblems } = props
  if (rejected === 0 && problems.length === 0) return null
  const shown = problems.slice(0, MAX_PROBLEMS_SHOWN)
  const more = problems.length - shown.length + omittedProblems
  return (
    <section className="notice notice-error validation-report" aria-label={t('dataset.report.label')}>
      <details>
        <summary>
          {rejected > 0
            ? t('dataset.report.rejected', { count: rejected })
            : t('dataset.report.structureProblems', { count: problems.length })}{' '}
          {t('dataset.report.showWhy')}
        </summary>
        <ul className="problem-list">
          {shown.map((p, i) => (
            <li key={i}>{formatProblem(t, p)}</li>
          ))}
        </ul>
        {more > 0 ? (
          <p className="report-more">
            {omittedProblems > 0
              ? t('dataset.report.moreOmitted', {
                  count: more,
                  kept: problems.length,
                  omitted: omittedProblems,
                })
              : t('dataset.report.more', { count: more })}
          </p>
        ) : null}
      </details>
      <div className="button-row">
        <DownloadReportButton {...props} />
      </div>
    </section>
  )
}
