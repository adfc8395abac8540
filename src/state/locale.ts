/**
 * Applying a language: load its catalogue, then switch the store, the document's lang and the URL,
 * and remember the choice for the next visit.
 */
import { loadCatalogue } from '@/lib/i18n/catalogues'
import type { Locale } from '@/lib/i18n/locales'
import { chooseLocale, searchWithLocale, type LocaleChoice } from '@/state/locale-choice'
import { useDashboardStore } from '@/state/store'

const STORAGE_KEY = 'jp-ru-sanctions.locale'
const ERA_KEY = 'jp-ru-sanctions.era'

function storage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null // storage blocked (privacy settings): the choice lasts for the visit
  }
}

/** The language the page opens in; its catalogue must be loaded (loadCatalogue) before the first render. */
export function initialLocale(): LocaleChoice {
  const s = storage()
  return chooseLocale(
    window.location.search,
    { locale: s?.getItem(STORAGE_KEY) ?? null, era: s?.getItem(ERA_KEY) ?? null },
    navigator.languages.length > 0 ? navigator.languages : [navigator.language],
  )
}

function reflect(locale: Locale): void {
  document.documentElement.lang = locale
}

/** Sets the language the page opened in (after its catalogue loaded), without touching the URL. */
export function startLocale(choice: LocaleChoice): void {
  useDashboardStore.getState().setLocale(choice.locale, choice.era)
  reflect(choice.locale)
}

/** Writes the reader's choice where it outlasts the page: the URL, and storage for the next visit. */
function rememberLocale(locale: Locale, era: boolean): void {
  const { pathname, search, hash } = window.location
  window.history.replaceState(
    window.history.state,
    '',
    `${pathname}${searchWithLocale(search, locale, era)}${hash}`,
  )
  const s = storage()
  try {
    s?.setItem(STORAGE_KEY, locale)
    s?.setItem(ERA_KEY, era ? '1' : '0')
  } catch {
    // quota or privacy mode: the URL still carries the choice
  }
}

/**
 * The reader chose a language (or era years). The choice is written to the URL and remembered at once (a
 * reload or a copied link just then has it) and the catalogue starts loading; the page switches once
 * `redraw` resolves (features/locale waits for the switch's own frame to paint) and the catalogue is in.
 */
export async function switchLocale(
  locale: Locale,
  era: boolean,
  redraw: Promise<void> = Promise.resolve(),
): Promise<void> {
  const before = useDashboardStore.getState()
  rememberLocale(locale, era)
  const catalogue = loadCatalogue(locale)
  await redraw
  try {
    await catalogue
  } catch (e) {
    // Offline: the page stays in its language, and so do the URL and the remembered choice.
    rememberLocale(before.locale, before.era)
    throw e
  }
  useDashboardStore.getState().setLocale(locale, locale === 'ja' && era)
  reflect(locale)
}
