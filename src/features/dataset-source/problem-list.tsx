import { MAX_PROBLEMS_SHOWN } from '@/data/load/dataset-limits'
import { formatProblem } from '@/data/validate/format-problem'
import type { Problem } from '@/data/validate/problem'
import { problems as words } from '@/lib/i18n/en/problems'
import { englishArea } from '@/lib/i18n/messages-en'
import { useI18n } from '@/state/use-i18n'

// Only a dataset that fails validation has problems to list: their words come with this list.
englishArea(words)

/** The problems of a dataset, one line each: the first MAX_PROBLEMS_SHOWN (the report keeps them all). */
export function ProblemList({ problems }: { problems: readonly Problem[] }) {
  const { t } = useI18n()
  return (
    <ul className="problem-list">
      {problems.slice(0, MAX_PROBLEMS_SHOWN).map((p, i) => (
        <li key={i}>{formatProblem(t, p)}</li>
      ))}
    </ul>
  )
}
