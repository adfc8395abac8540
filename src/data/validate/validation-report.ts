/**
 * The downloadable validation report: every problem kept, the count of the rest, and the consistency
 * warnings. Machine-oriented: each problem keeps its structured parts (catalogue keys and parameters, the
 * same in every language) beside its sentence in the reader's language, named by `language`.
 */
import { describeSource, type DatasetSource } from '@/data/load/dataset-source'
import { describeCheck, type ConsistencyCheck } from '@/data/shape/consistency'
import { formatProblem } from '@/data/validate/format-problem'
import type { Problem } from '@/data/validate/validate-dataset'
import type { I18n } from '@/lib/i18n/i18n'

export interface ReportInput {
  title: string
  source: DatasetSource
  loadedAt: string
  problems: readonly Problem[]
  rejected: number
  omittedProblems: number
  checks: readonly ConsistencyCheck[]
}

export function buildReport(i18n: Pick<I18n, 'locale' | 't' | 'fmt'>, input: ReportInput) {
  const { t } = i18n
  const warnings = input.checks.filter((c) => !c.ok)
  return {
    report: t('dataset.report.fileTitle'),
    language: i18n.locale,
    dataset: {
      title: input.title,
      source: input.source.kind === 'url' ? input.source.url : describeSource(i18n.t, input.source),
      sourceKind: input.source.kind,
    },
    loadedAt: input.loadedAt,
    rejectedRecords: input.rejected,
    problemsListed: input.problems.length,
    problemsNotListed: input.omittedProblems,
    ...(input.omittedProblems > 0
      ? {
          note: t('dataset.report.fileNote', {
            count: input.problems.length,
            omitted: input.omittedProblems,
          }),
        }
      : {}),
    problems: input.problems.map((p) => ({ ...p, message: formatProblem(t, p) })),
    consistencyWarnings: warnings.map((c) => ({
      kind: c.kind,
      measureId: c.measureId,
      message: describeCheck(i18n, c),
    })),
  }
}

export type ValidationReport = ReturnType<typeof buildReport>
