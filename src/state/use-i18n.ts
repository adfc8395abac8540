import { createElement, Fragment, useMemo, type ReactNode } from 'react'

import { getI18n, type I18n } from '@/lib/i18n/i18n'
import type { MessageKey, ParamValue } from '@/lib/i18n/translate'
import { useDashboardStore } from '@/state/store'

export interface ReactI18n extends I18n {
  /** A message with elements (a <time>, a link) in its placeholders, as React children. */
  rich: (key: MessageKey, params: Readonly<Record<string, ReactNode | ParamValue>>) => ReactNode
}

/** The reader's translator and formatter; re-renders the caller when the language changes. */
export function useI18n(): ReactI18n {
  const locale = useDashboardStore((s) => s.locale)
  const era = useDashboardStore((s) => s.era)
  return useMemo(() => {
    const i18n = getI18n(locale, era)
    const rich: ReactI18n['rich'] = (key, params) =>
      i18n.parts<ReactNode>(key, params).map((p, i) => createElement(Fragment, { key: i }, p))
    return { ...i18n, rich }
  }, [locale, era])
}
