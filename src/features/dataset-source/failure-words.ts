import type { LoadErrorKind } from '@/data/fetch-dataset'

const HEADLINES: Record<LoadErrorKind, string> = {
  network: 'The dataset could not be downloaded.',
  http: 'The dataset could not be downloaded.',
  'not-json': 'The dataset file is damaged: it is not valid JSON.',
  'not-an-object': 'The dataset file is not in the dataset format.',
  'schema-version': 'The dataset is in a format version this dashboard does not read.',
  meta: 'The dataset’s description block is not valid.',
  'not-csv': 'The CSV file is not a table this dashboard reads.',
  'too-large': 'The dataset is too large to open.',
  worker: 'The file could not be processed.',
  'bad-url': 'That address cannot be opened.',
}

/** A one-line headline for why a dataset could not be opened; the error's message says exactly what. */
export function failureHeadline(kind: LoadErrorKind | string): string {
  return (HEADLINES as Record<string, string>)[kind] ?? 'The dataset could not be loaded.'
}
