import type { Source } from '@/data/schema'

/** Builds "Kyodo, EFE" style labels from source ids; an id the dataset lacks is shown as itself. */
export function makeSourceLabeler(sources: readonly Source[]): (ids: readonly string[]) => string {
  const byId = new Map(sources.map((s) => [s.id, s]))
  return (ids) => unique(ids.map((id) => byId.get(id)?.publisher ?? id)).join(', ')
}

/** "Source: A, B and 3 others", naming each publisher once, in order of first appearance. */
export function sourceLine(
  sources: readonly Source[],
  ids: readonly string[],
  { max = 5 }: { max?: number } = {},
): string {
  const byId = new Map(sources.map((s) => [s.id, s]))
  const publishers = unique(ids.map((id) => byId.get(id)?.publisher ?? id))
  if (publishers.length === 0) return 'Source: none for the records shown.'
  if (publishers.length <= max) return `Source: ${publishers.join(', ')}.`
  const rest = publishers.length - max
  return `Source: ${publishers.slice(0, max).join(', ')} and ${rest} other${rest === 1 ? '' : 's'}.`
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)]
}

/** The URLs of the cited sources, in citation order, each once. */
export function makeSourceUrlLookup(sources: readonly Source[]): (ids: readonly string[]) => string[] {
  const byId = new Map(sources.map((s) => [s.id, s.url]))
  return (ids) => unique(ids.flatMap((id) => byId.get(id) ?? []))
}
