import type { Translate } from '@/lib/i18n/translate'

/**
 * Where the dataset on screen came from. A URL source is shareable (it is the `?data=` parameter);
 * a file source is not: a link cannot carry a file from the reader's disk.
 */
export type DatasetSource =
  | { kind: 'bundled' }
  | {
      kind: 'url'
      url: string
      /** For a CSV table: where the dataset it was merged into came from. */
      mergedInto?: DatasetSource
    }
  | {
      kind: 'file'
      /** The file name, or the names joined with " + " when several files were opened together. */
      name: string
      size: number
      /** For CSV tables: where the dataset they were merged into came from. */
      mergedInto?: DatasetSource
    }

export const BUNDLED_SOURCE: DatasetSource = { kind: 'bundled' }

/** Long URLs are shortened for display only; the full address stays in the link and the report. */
export function clipMiddle(text: string, max = 120): string {
  if (text.length <= max) return text
  const tail = Math.floor((max - 1) / 2)
  return `${text.slice(0, max - 1 - tail)}…${text.slice(text.length - tail)}`
}

/**
 * "the bundled dataset", "https://example.org/data.json", "measures.csv (merged into the bundled dataset)",
 * in the reader's language.
 */
export function describeSource(t: Translate, source: DatasetSource): string {
  switch (source.kind) {
    case 'bundled':
      return t('dataset.source.bundled')
    case 'url':
    case 'file': {
      const name = clipMiddle(source.kind === 'url' ? source.url : source.name)
      return source.mergedInto === undefined
        ? name
        : t('dataset.source.merged', { name, into: describeSource(t, source.mergedInto) })
    }
  }
}

/** A stable identity for a source (for React keys), the same in every language. */
export function sourceKey(source: DatasetSource): string {
  return JSON.stringify(source)
}
