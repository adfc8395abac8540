import type { ReactNode } from 'react'

import type { I18n } from '@/lib/i18n/i18n'
import { pickText, type BilingualText, type PickedText as Picked } from '@/lib/i18n/pick-text'
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
export function LocalText({ text, render, empty = null }: LocalTextProps) {
  const { t, locale } = useI18n()
  const picked = pickText(text, locale)
  if (picked === null) return <>{empty}</>
  return <PickedText picked={picked} t={t} render={render} />
}

interface PickedTextProps {
  picked: Picked
  t: I18n['t']
  render?: ((text: string) => ReactNode) | undefined
  /** The mark before the text instead of after it: for a line cut short, whose end may not show. */
  markFirst?: boolean
}

/**
 * A text already picked for the reader's language, shown as LocalText shows it. It takes `t` instead of
 * reading the language itself, for the goods table's rows, which show several such texts each.
 */
export function PickedText({ picked, t, render = (s) => s, markFirst = false }: PickedTextProps) {
  if (!picked.fallback) return <>{render(picked.text)}</>
  const text = <span lang={picked.lang}>{render(picked.text)}</span>
  const mark = (
    <span className="lang-mark">{t(picked.lang === 'en' ? 'text.onlyEnglish' : 'text.onlyJapanese')}</span>
  )
  return markFirst ? (
    <>
      {mark} {text}
    </>
  ) : (
    <>
      {text} {mark}
    </>
  )
}
