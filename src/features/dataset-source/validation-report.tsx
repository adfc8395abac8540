import { MAX_PROBLEMS_SHOWN } from '@/data/load/dataset-limits'
import type { ReportInput } from '@/data/validate/validation-report'
import { DownloadReportButton } from '@/features/dataset-source/download-report-button'
import { ProblemList } from '@/features/dataset-source/problem-list'
import { opening as words } from '@/lib/i18n/en/opening'
import { englishArea } from '@/lib/i18n/messages-en'
import { useI18n } from '@/state/use-i18n'

// Shown only for a dataset with rejected records: its words come with it (opening-parts.tsx).
englishArea(words)

/** What the report on the page shows is what the downloaded report holds. */
export type ValidationReportProps = ReportInput

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
        <ProblemList problems={shown} />
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
