import { isLocale, LOCALE_NAMES, LOCALES } from '@/lib/i18n/locales'
import { switchLocale } from '@/state/locale'
import { useDashboardStore } from '@/state/store'
import { useI18n } from '@/state/use-i18n'

/** The page's language, and in Japanese, whether dates show era years (令和4年). */
export function LanguageSwitch() {
  const { t } = useI18n()
  // The reader's choice itself, at once (the page's text may follow a step behind: DeferredLocale).
  const locale = useDashboardStore((s) => s.locale)
  const era = useDashboardStore((s) => s.era)
  return (
    <div className="language-switch">
      <label>
        {t('app.language')}
        <select
          value={locale}
          onChange={(e) => {
            if (isLocale(e.target.value)) void switchLocale(e.target.value, era)
          }}
        >
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LOCALE_NAMES[l]}
            </option>
          ))}
        </select>
      </label>
      {locale === 'ja' ? (
        <label className="era-switch">
          <input type="checkbox" checked={era} onChange={(e) => void switchLocale('ja', e.target.checked)} />
          {t('app.eraYears')}
        </label>
      ) : null}
    </div>
  )
}
