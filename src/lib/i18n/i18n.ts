/** A translator and a formatter for one locale, the pair every piece of reader-facing text needs. */
import { createFormatter, type Formatter } from '@/lib/format'
import { loadedCatalogue } from '@/lib/i18n/catalogues'
import type { Locale } from '@/lib/i18n/locales'
import { en } from '@/lib/i18n/messages-en'
import { createTranslator, type Translator } from '@/lib/i18n/translate'

export interface I18n extends Translator {
  fmt: Formatter
}

const cache = new Map<string, I18n>()

/** The locale's I18n; English text until the locale's catalogue has loaded (loadCatalogue). */
export function getI18n(locale: Locale, era = false): I18n {
  const catalogue = loadedCatalogue(locale)
  const key = `${locale}:${era}:${catalogue === undefined ? 'pending' : 'ready'}`
  let i18n = cache.get(key)
  if (i18n === undefined) {
    i18n = { ...createTranslator(locale, catalogue ?? en), fmt: createFormatter(locale, { era }) }
    cache.set(key, i18n)
  }
  return i18n
}
