import type { LoadErrorKind } from '@/data/load/fetch-dataset'
import type { Translate } from '@/lib/i18n/translate'

const HEADLINE_KEYS: { [K in LoadErrorKind]: `dataset.failure.headline.${K}` } = {
  network: 'dataset.failure.headline.network',
  http: 'dataset.failure.headline.http',
  'not-json': 'dataset.failure.headline.not-json',
  'not-an-object': 'dataset.failure.headline.not-an-object',
  'schema-version': 'dataset.failure.headline.schema-version',
  meta: 'dataset.failure.headline.meta',
  'not-csv': 'dataset.failure.headline.not-csv',
  'too-large': 'dataset.failure.headline.too-large',
  worker: 'dataset.failure.headline.worker',
  'bad-url': 'dataset.failure.headline.bad-url',
  workbook: 'dataset.failure.headline.workbook',
}

/** A one-line headline for why a dataset could not be opened; the error's message says exactly what. */
export function failureHeadline(t: Translate, kind: LoadErrorKind | null): string {
  return kind === null ? t('dataset.failure.headline.unknown') : t(HEADLINE_KEYS[kind])
}
