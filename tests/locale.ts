/** Puts the page in a language for a component test (the store resets after each test, tests/setup.ts). */
import { loadCatalogue } from '@/lib/i18n/catalogues'
import type { Locale } from '@/lib/i18n/locales'
import { useDashboardStore } from '@/state/store'

export async function setTestLocale(locale: Locale, era = false): Promise<void> {
  await loadCatalogue(locale)
  useDashboardStore.getState().setLocale(locale, era)
}
