/** The dashboard's languages, and how the first one is chosen. */
export const LOCALES = ['en', 'ja'] as const
export type Locale = (typeof LOCALES)[number]

export const DEFAULT_LOCALE: Locale = 'en'

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value)

/** The first of the browser's preferred languages that the dashboard speaks ("ja-JP" → ja), else English. */
export function negotiateLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0]
    if (isLocale(base)) return base
  }
  return DEFAULT_LOCALE
}

/** BCP 47 tags for Intl, per locale. */
export const INTL_TAG: Record<Locale, string> = { en: 'en-GB', ja: 'ja-JP' }

/** Each language named in itself, for the language switch (the same in every language). */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', ja: '日本語' }
