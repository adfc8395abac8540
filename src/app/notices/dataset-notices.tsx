import type { ReportInput } from '@/data/validate/validation-report'
import { ValidationReport } from '@/features/dataset-source/opening-parts'

/**
 * Above the dashboard: the records of an opened file that validation rejected, with why on request. (The
 * dataset's consistency findings are data notes, beside the timeline: see data-notes.tsx.) The report's
 * code loads only for a dataset that has such records.
 */
export function DatasetNotices({ report }: { report: ReportInput }) {
  return (
    <div className="notices">
      {report.rejected === 0 && report.problems.length === 0 ? null : <ValidationReport {...report} />}
    </div>
  )
}
