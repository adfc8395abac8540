/**
 * A message to be said later, in whatever language the reader has by then: a key and its parameters.
 * Pure layers (URL parsing, validation) return these instead of English sentences.
 */
import type { MessageKey, ParamArgs, Said, Translate } from '@/lib/i18n/translate'

export type { Said }

export function said<K extends MessageKey>(key: K, ...args: ParamArgs<K>): Said {
  return { key, params: args[0] ?? {} }
}

/** The message in the reader's language. */
export function say(t: Translate, message: Said): string {
  // The key and its parameters were checked together when `said` built the message.
  return (t as (key: MessageKey, params: Said['params']) => string)(message.key, message.params)
}
