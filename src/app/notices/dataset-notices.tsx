import type { ValidationReportProps } from '@/features/dataset-source/validation-report'
import { ValidationReport } from '@/features/dataset-source/validation-report'

/**
 * Above the dashboard: the records of an opened file that validation rejected, with why on request. (The
 * dataset's consistency findings are data notes, beside the timeline: see data-notes.tsx.)
 */
export function DatasetNotices({ report }: { report: ValidationReportProps }) {
  return (
    <div className="notices">
      <ValidationReport {...report} />
    </div>
  )
}
