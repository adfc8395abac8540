import type { ReactNode } from 'react'

import { pickText, type BilingualText } from '@/lib/i18n/pick-text'
import { useI18n } from '@/state/use-i18n'

interface LocalTextProps {
  text: BilingualText
  /** Renders the chosen text (e.g. with search matches highlighted); plain text by default. */
  render?: (text: string) => ReactNode
  /** Shown when neither language has the text. */
  empty?: ReactNode
}

/**
 * Dataset text in the reader's language. Where only the other language exists it is shown, in its own
 * lang (so screen readers switch voice), and marked "English only" / "Japanese only".
 */
export function LocalText({ text, render = (s) => s, empty = null }: LocalTextProps) {
  const { t, locale } = useI18n()
  const picked = pickText(text, locale)
  if (picked === null) return <>{empty}</>
  if (!picked.fallback) return <>{render(picked.text)}</>
  return (
    <>
      <span lang={picked.lang}>{render(picked.text)}</span>{' '}
      <span className="lang-mark">{t(picked.lang === 'en' ? 'text.onlyEnglish' : 'text.onlyJapanese')}</span>
    </>
  )
}
