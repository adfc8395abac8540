/**
 * Where the dataset on screen came from. A URL source is shareable (it is the `?data=` parameter);
 * a file source is not: a link cannot carry a file from the reader's disk.
 */
export type DatasetSource =
  | { kind: 'bundled' }
  | {
      kind: 'url'
      url: string
      /** For a CSV table: the dataset it was merged into, in words. */
      mergedInto?: string
    }
  | {
      kind: 'file'
      /** The file name, or the names joined with " + " when several files were opened together. */
      name: string
      size: number
      /** For CSV tables: the dataset they were merged into, in words. */
      mergedInto?: string
    }

export const BUNDLED_SOURCE: DatasetSource = { kind: 'bundled' }

/** Long URLs are shortened for display only; the full address stays in the link and the report. */
export function clipMiddle(text: string, max = 120): string {
  if (text.length <= max) return text
  const tail = Math.floor((max - 1) / 2)
  return `${text.slice(0, max - 1 - tail)}…${text.slice(text.length - tail)}`
}

/** "the bundled dataset", "https://example.org/data.json", "measures.csv (merged into the bundled dataset)". */
export function describeSource(source: DatasetSource): string {
  switch (source.kind) {
    case 'bundled':
      return 'the bundled dataset'
    case 'url':
    case 'file': {
      const name = clipMiddle(source.kind === 'url' ? source.url : source.name)
      return source.mergedInto === undefined ? name : `${name} (merged into ${source.mergedInto})`
    }
  }
}
