import { INTL_TAG, type Locale } from '@/lib/i18n/locales'

const names = new Map<Locale, Intl.DisplayNames | null>()

/** A country by name in a language ("RU" → "Russia", "ロシア"); the code itself if Intl lacks it. */
export function countryName(code: string, locale: Locale = 'en'): string {
  let display = names.get(locale)
  if (display === undefined) {
    try {
      display = new Intl.DisplayNames([INTL_TAG[locale]], { type: 'region' })
    } catch {
      display = null
    }
    names.set(locale, display)
  }
  try {
    return display?.of(code) ?? code
  } catch {
    return code
  }
}
