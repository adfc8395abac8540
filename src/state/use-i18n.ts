import {
  createContext,
  createElement,
  Fragment,
  useContext,
  useDeferredValue,
  useMemo,
  type ReactNode,
} from 'react'

import { getI18n, type I18n } from '@/lib/i18n/i18n'
import type { Locale } from '@/lib/i18n/locales'
import type { MessageKey, ParamValue } from '@/lib/i18n/translate'
import { useDashboardStore } from '@/state/store'

export interface ReactI18n extends I18n {
  /** A message with elements (a <time>, a link) in its placeholders, as React children. */
  rich: (key: MessageKey, params: Readonly<Record<string, ReactNode | ParamValue>>) => ReactNode
}

interface ShownLocale {
  locale: Locale
  era: boolean
}

/** The language the dashboard below is drawn in, one step behind the reader's choice (DeferredLocale). */
const ShownLocaleContext = createContext<ShownLocale | null>(null)

/**
 * Draws its children in the reader's language one step behind the switch: the switch shows the new
 * language at once, and the page's text follows in a transition React can split (switching redrew every
 * panel before the next paint: 360–570 ms, bench). Children must be stable elements (a memoised
 * dashboard) for the urgent render to skip them.
 */
export function DeferredLocale({ children }: { children: ReactNode }) {
  const locale = useDashboardStore((s) => s.locale)
  const era = useDashboardStore((s) => s.era)
  const live = useMemo(() => ({ locale, era }), [locale, era])
  const shown = useDeferredValue(live)
  return createElement(ShownLocaleContext.Provider, { value: shown }, children)
}

/** The reader's translator and formatter; re-renders the caller when the language changes. */
export function useI18n(): ReactI18n {
  const shown = useContext(ShownLocaleContext)
  // Inside DeferredLocale the store is not read (a read would re-render the caller at once).
  const storeLocale = useDashboardStore((s) => (shown === null ? s.locale : null))
  const storeEra = useDashboardStore((s) => (shown === null ? s.era : false))
  const locale = shown?.locale ?? storeLocale ?? 'en'
  const era = shown?.era ?? storeEra
  return useMemo(() => {
    const i18n = getI18n(locale, era)
    const rich: ReactI18n['rich'] = (key, params) =>
      i18n.parts<ReactNode>(key, params).map((p, i) => createElement(Fragment, { key: i }, p))
    return { ...i18n, rich }
  }, [locale, era])
}
