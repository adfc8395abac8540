import { useRef, useState } from 'react'

import { afterNextPaint } from '@/lib/idle'
import { isLocale, LOCALE_NAMES, LOCALES, type Locale } from '@/lib/i18n/locales'
import { switchLocale } from '@/state/locale'
import { useDashboardStore } from '@/state/store'
import { useI18n } from '@/state/use-i18n'

/*
 * Switching redraws every text and chart on the page. The switch shows the reader's choice in its own
 * frame; the page follows once that frame has painted (and then in a transition: DeferredLocale). Begun in
 * the same task, the redraw held back that paint: 52 ms median, 152 ms worst from the choice to the next
 * paint with the bundled data, and 232 ms at ten times its size (bench, 4 Dec 2026).
 */

/** The page's language, and in Japanese, whether dates show era years (令和4年). */
export function LanguageSwitch() {
  const { t } = useI18n()
  const locale = useDashboardStore((s) => s.locale)
  const era = useDashboardStore((s) => s.era)
  // The reader's choice, shown at once, until the store has it.
  const [picked, setPicked] = useState<{ locale: Locale; era: boolean } | null>(null)
  const shown = picked ?? { locale, era }
  const latest = useRef(0)
  const choose = (next: Locale, nextEra: boolean) => {
    const turn = ++latest.current
    setPicked({ locale: next, era: nextEra })
    // A quicker second choice keeps showing until its own switch is done.
    void switchLocale(next, nextEra, afterNextPaint()).finally(() => {
      if (turn === latest.current) setPicked(null)
    })
  }
  return (
    <div className="language-switch">
      <label>
        {t('app.language')}
        <select
          value={shown.locale}
          onChange={(e) => {
            if (isLocale(e.target.value)) choose(e.target.value, era)
          }}
        >
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LOCALE_NAMES[l]}
            </option>
          ))}
        </select>
      </label>
      {shown.locale === 'ja' ? (
        <label className="era-switch">
          <input type="checkbox" checked={shown.era} onChange={(e) => choose('ja', e.target.checked)} />
          {t('app.eraYears')}
        </label>
      ) : null}
    </div>
  )
}
