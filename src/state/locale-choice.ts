/**
 * Which language the page opens in, and how the choice is written back. Pure: the caller hands in the
 * query string, the remembered choice and the browser's languages.
 *
 * Order: `lang` in the link, else the reader's remembered choice, else the browser's language.
 */
import { isLocale, LOCALES, negotiateLocale, type Locale } from '@/lib/i18n/locales'
import { said, type Said } from '@/lib/i18n/said'
import { quote } from '@/state/url-state'

export const LANG_PARAM = 'lang'
/** Era years in Japanese dates: `era=1`. */
export const ERA_PARAM = 'era'

export interface StoredChoice {
  locale: string | null
  era: string | null
}

export interface LocaleChoice {
  locale: Locale
  era: boolean
  /** Notices for a `lang` or `era` value in the link that could not be used. */
  notices: Said[]
}

export function chooseLocale(
  search: string,
  stored: StoredChoice,
  preferred: readonly string[],
): LocaleChoice {
  const params = new URLSearchParams(search)
  const notices: Said[] = []
  const lang = params.get(LANG_PARAM)
  if (lang !== null && !isLocale(lang)) {
    notices.push(
      said('url.badLocale', { param: LANG_PARAM, value: quote(lang), choices: LOCALES.join(', ') }),
    )
  }
  const locale: Locale =
    lang !== null && isLocale(lang)
      ? lang
      : isLocale(stored.locale)
        ? stored.locale
        : negotiateLocale(preferred)
  const eraRaw = params.get(ERA_PARAM)
  if (eraRaw !== null && eraRaw !== '0' && eraRaw !== '1') {
    notices.push(said('url.badLocale', { param: ERA_PARAM, value: quote(eraRaw), choices: '0, 1' }))
  }
  const era = eraRaw === '1' || eraRaw === '0' ? eraRaw === '1' : stored.era === '1'
  return { locale, era: locale === 'ja' && era, notices }
}

/** The query string with `lang` and `era` set for a choice (era left out unless on). */
export function searchWithLocale(search: string, locale: Locale, era: boolean): string {
  const params = new URLSearchParams(search)
  params.set(LANG_PARAM, locale)
  if (locale === 'ja' && era) params.set(ERA_PARAM, '1')
  else params.delete(ERA_PARAM)
  const query = params.toString().replaceAll('%2C', ',').replaceAll('%7C', '|')
  return query === '' ? '' : `?${query}`
}
