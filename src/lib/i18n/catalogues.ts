/**
 * The loaded catalogues. English is part of the start-up bundle; Japanese loads on demand, before
 * the page first renders in Japanese or switches to it (see state/locale.ts).
 */
import { en } from '@/lib/i18n/messages-en'
import type { Locale } from '@/lib/i18n/locales'
import type { Catalogue } from '@/lib/i18n/translate'

const loaded = new Map<Locale, Catalogue>([['en', en]])

export function loadedCatalogue(locale: Locale): Catalogue | undefined {
  return loaded.get(locale)
}

export async function loadCatalogue(locale: Locale): Promise<Catalogue> {
  const have = loaded.get(locale)
  if (have !== undefined) return have
  const { ja } = await import('@/lib/i18n/messages-ja')
  loaded.set('ja', ja)
  return ja
}
