/** The downloadable validation report: every problem kept, the count of the rest, and the consistency warnings. */
import { describeSource, type DatasetSource } from '@/data/dataset-source'
import { describeCheck, type ConsistencyCheck } from '@/data/shape/consistency'
import { formatProblem } from '@/data/format-problem'
import type { Problem } from '@/data/validate-dataset'

export interface ReportInput {
  title: string
  source: DatasetSource
  loadedAt: string
  problems: readonly Problem[]
  rejected: number
  omittedProblems: number
  checks: readonly ConsistencyCheck[]
}

export function buildReport(input: ReportInput) {
  const warnings = input.checks.filter((c) => !c.ok)
  return {
    report: 'Validation report of the dashboard "Japan\'s sanctions on Russia, 2022"',
    dataset: {
      title: input.title,
      source: input.source.kind === 'url' ? input.source.url : describeSource(input.source),
      sourceKind: input.source.kind,
    },
    loadedAt: input.loadedAt,
    rejectedRecords: input.rejected,
    problemsListed: input.problems.length,
    problemsNotListed: input.omittedProblems,
    ...(input.omittedProblems > 0
      ? {
          note: `Only the first ${input.problems.length} problems were kept; ${input.omittedProblems} more were found and not listed.`,
        }
      : {}),
    problems: input.problems.map((p) => ({ ...p, message: formatProblem(p) })),
    consistencyWarnings: warnings.map((c) => ({
      kind: c.kind,
      measureId: c.measureId,
      message: describeCheck(c),
    })),
  }
}

export type ValidationReport = ReturnType<typeof buildReport>
