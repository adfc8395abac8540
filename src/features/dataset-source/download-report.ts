/**
 * Downloads the validation report, its sentences in the reader's language (see validate/validation-report.ts).
 * Loaded when a reader first asks for it: the report's words come with it (i18n/en/opening.ts).
 */
import { buildReport, type ReportInput } from '@/data/validate/validation-report'
import { downloadBlob, fileSlug } from '@/lib/download'
import { opening } from '@/lib/i18n/en/opening'
import { problems } from '@/lib/i18n/en/problems'
import type { I18n } from '@/lib/i18n/i18n'
import { englishArea } from '@/lib/i18n/messages-en'

englishArea(opening)
englishArea(problems)

export function downloadReport(i18n: I18n, input: ReportInput): void {
  const report = buildReport(i18n, input)
  const blob = new Blob([JSON.stringify(report, null, 2)], { type: 'application/json' })
  downloadBlob(blob, `validation-report-${fileSlug(input.title)}.json`)
}
