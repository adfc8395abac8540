/**
 * The permalink of the exact view, for a citation: the page's address (origin and path), the view's
 * parameters as the address bar has them (urlForView, what "Copy link" copies), the dataset link if any,
 * and the language always, so the link opens the view as it was cited. Pure: the caller hands in the
 * location.
 */
import type { Locale } from '@/lib/i18n/locales'
import { searchWithLocale } from '@/state/locale-choice'
import type { ViewState } from '@/state/url-state'
import { urlForView } from '@/state/use-url-sync'

export function viewPermalink(
  view: ViewState,
  language: { locale: Locale; era: boolean },
  location: Pick<Location, 'origin' | 'pathname' | 'search'>,
  /** A figure's id on the page, for the link's #fragment. */
  anchor?: string,
): string {
  const path = urlForView(view, { pathname: location.pathname, search: location.search, hash: '' })
  const q = path.indexOf('?')
  const pathname = q === -1 ? path : path.slice(0, q)
  const search = searchWithLocale(q === -1 ? '' : path.slice(q), language.locale, language.era)
  const hash = anchor === undefined || anchor === '' ? '' : `#${encodeURIComponent(anchor)}`
  return `${location.origin}${pathname}${search}${hash}`
}
