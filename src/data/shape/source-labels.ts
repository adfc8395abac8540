import type { Source } from '@/data/validate/schema'
import type { I18n } from '@/lib/i18n/i18n'

/** Builds "Kyodo, EFE" style labels from source ids; an id the dataset lacks is shown as itself. */
export function makeSourceLabeler(
  sources: readonly Source[],
  list: (items: readonly string[]) => string = (items) => items.join(', '),
): (ids: readonly string[]) => string {
  const byId = new Map(sources.map((s) => [s.id, s]))
  return (ids) => list(unique(ids.map((id) => byId.get(id)?.publisher ?? id)))
}

/** "Source: A, B and 3 others", naming each publisher once, in order of first appearance. */
export function sourceLine(
  { t, fmt }: Pick<I18n, 't' | 'fmt'>,
  sources: readonly Source[],
  ids: readonly string[],
  { max = 5 }: { max?: number } = {},
): string {
  const byId = new Map(sources.map((s) => [s.id, s]))
  const publishers = unique(ids.map((id) => byId.get(id)?.publisher ?? id))
  if (publishers.length === 0) return t('source.none')
  if (publishers.length <= max) return t('source.line', { publishers: fmt.list(publishers) })
  return t('source.lineMore', {
    publishers: fmt.list(publishers.slice(0, max)),
    count: publishers.length - max,
  })
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)]
}

/** The URLs of the cited sources, in citation order, each once. */
export function makeSourceUrlLookup(sources: readonly Source[]): (ids: readonly string[]) => string[] {
  const byId = new Map(sources.map((s) => [s.id, s.url]))
  return (ids) => unique(ids.flatMap((id) => byId.get(id) ?? []))
}
