/** The two languages, ready, for tests that say validation messages (Japanese loads on demand in the app). */
import type { Problem } from '@/data/validate/validate-dataset'
import { formatProblem } from '@/data/validate/format-problem'
import { loadCatalogue } from '@/lib/i18n/catalogues'
import { getI18n } from '@/lib/i18n/i18n'
import { say, type Said } from '@/lib/i18n/said'
import type { Message } from '@/lib/i18n/translate'

const ja = await loadCatalogue('ja')

export const EN = getI18n('en')
export const JA = getI18n('ja')

export const sayEn = (message: Said): string => say(EN.t, message)
export const sayJa = (message: Said): string => say(JA.t, message)

const templates = (m: Message): string[] => (typeof m === 'string' ? [m] : [m.other, m.one ?? ''])

/**
 * Why a message cannot be said properly in Japanese, or null: its key is not in the Japanese catalogue,
 * or the Japanese template has a placeholder the message gives no value for. (Checked on the message, not
 * on the text: a value from the file may itself look like "{0}".)
 */
export function saidFault(message: Said): string | null {
  if (!Object.hasOwn(ja, message.key)) return `no Japanese for ${message.key}`
  for (const template of templates(ja[message.key])) {
    for (const [, name] of template.matchAll(/\{(\w+)\}/g)) {
      if (name !== undefined && !Object.hasOwn(message.params, name)) return `${message.key} lacks {${name}}`
    }
  }
  return null
}

/** Why a text said in Japanese is not Japanese, or null: a catalogue key shown instead, or no Japanese at all. */
export function japaneseFault(text: string): string | null {
  if (/\b(problem|dataset)\.[a-z]/.test(text)) return `a key is shown: ${text}`
  if (!/[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/.test(text)) return `no Japanese: ${text}`
  return null
}

/** Why a validation problem is not said properly in Japanese, or null. */
export function problemFault(p: Problem): string | null {
  return (
    saidFault(p.field) ?? saidFault(p.expected) ?? saidFault(p.got) ?? japaneseFault(formatProblem(JA.t, p))
  )
}
