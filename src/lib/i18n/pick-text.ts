/** Choosing between the two languages of a dataset text. */
import type { Locale } from '@/lib/i18n/locales'

export interface BilingualText {
  en: string | null
  ja: string | null
}

export interface PickedText {
  text: string
  /** The language the text is in (for the lang attribute). */
  lang: Locale
  /** True when the reader's language is missing and the other one is shown instead. */
  fallback: boolean
}

/** The text in the reader's language, else the other one, marked; null when there is neither. */
export function pickText(text: BilingualText, locale: Locale): PickedText | null {
  const own = text[locale]
  if (own !== null && own !== '') return { text: own, lang: locale, fallback: false }
  const other: Locale = locale === 'en' ? 'ja' : 'en'
  const theirs = text[other]
  return theirs !== null && theirs !== '' ? { text: theirs, lang: other, fallback: true } : null
}
