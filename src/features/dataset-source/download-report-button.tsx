import { useState } from 'react'

import type { ReportInput } from '@/data/validate/validation-report'
import { useI18n } from '@/state/use-i18n'

/**
 * "Download report", beside the data notes and the validation report. The code that writes the report
 * loads on the first click; if it cannot (offline), the button says so beside it and can be clicked again.
 */
export function DownloadReportButton(props: ReportInput) {
  const i18n = useI18n()
  const [failed, setFailed] = useState<string | null>(null)
  const download = () => {
    import('@/features/dataset-source/download-report').then(
      ({ downloadReport }) => {
        setFailed(null)
        downloadReport(i18n, props)
      },
      (error: unknown) => setFailed(error instanceof Error ? error.message : String(error)),
    )
  }
  return (
    <>
      <button type="button" onClick={download}>
        {i18n.t('dataset.report.download')}
      </button>
      {failed === null ? null : (
        <span role="alert" className="part-not-loaded">
          {i18n.t('part.notLoaded', { error: failed })}
        </span>
      )}
    </>
  )
}
