import type { Problem } from '@/data/validate-dataset'

/** "measures[4] (id "neg"), field added: expected a count of zero or more, got -1" */
export function formatProblem(p: Problem): string {
  const where =
    p.index === null ? p.collection : `${p.collection}[${p.index}]${p.id === null ? '' : ` (id "${p.id}")`}`
  return `${where}, field ${p.field}: expected ${p.expected}, got ${p.got}`
}
