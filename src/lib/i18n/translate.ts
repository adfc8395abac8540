/**
 * A small typed message catalogue. Messages are strings with {name} placeholders, or plural forms
 * chosen by Intl.PluralRules on the {count} parameter. Keys and parameters are checked by TypeScript
 * against the English catalogue, which is the source of truth; tests check the Japanese one matches.
 */
import type { en } from '@/lib/i18n/messages-en'
import { INTL_TAG, type Locale } from '@/lib/i18n/locales'

export interface PluralMessage {
  one?: string
  other: string
}
export type Message = string | PluralMessage

export type MessageKey = keyof typeof en
export type Catalogue = { readonly [K in MessageKey]: Message }

type Placeholders<S> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never
type MessageParamNames<M> = M extends string
  ? Placeholders<M>
  : M extends { other: infer O }
    ? 'count' | Placeholders<O> | (M extends { one: infer One } ? Placeholders<One> : never)
    : never
export type ParamNames<K extends MessageKey> = MessageParamNames<(typeof en)[K]>
/** A message to be said later, in whatever language the reader has by then (see said.ts). */
export interface Said {
  key: MessageKey
  params: Readonly<Record<string, ParamValue>>
}
/** A parameter: text, a number (formatted for the locale), or another message (said in the same language). */
export type ParamValue = string | number | Said
export type Params<K extends MessageKey> = { [P in ParamNames<K>]: ParamValue }
/** Arguments after the key: none for a message without placeholders, else its parameters. */
export type ParamArgs<K extends MessageKey> = [ParamNames<K>] extends [never] ? [] : [params: Params<K>]

export type Translate = <K extends MessageKey>(key: K, ...args: ParamArgs<K>) => string

const PLACEHOLDER = /\{(\w+)\}/g

/** The template for a message, with its plural form chosen. */
export function pickTemplate(message: Message, count: unknown, rules: Intl.PluralRules): string {
  if (typeof message === 'string') return message
  if (typeof count !== 'number') return message.other
  const form = rules.select(count)
  return form === 'one' && message.one !== undefined ? message.one : message.other
}

/**
 * Splits a template into text and parameter values, so a caller can put elements (links, times) in
 * place of parameters. Numbers are formatted for the locale; an unknown placeholder stays as written.
 */
export function fillTemplate<T>(
  template: string,
  params: Readonly<Record<string, T | string | number>>,
  formatNumber: (n: number) => string,
): Array<string | T> {
  const parts: Array<string | T> = []
  let last = 0
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? ''
    if (match.index > last) parts.push(template.slice(last, match.index))
    const value = Object.hasOwn(params, name) ? params[name] : undefined
    if (value === undefined) parts.push(match[0])
    else parts.push(typeof value === 'number' ? formatNumber(value) : value)
    last = match.index + match[0].length
  }
  if (last < template.length) parts.push(template.slice(last))
  return parts
}

export interface Translator {
  locale: Locale
  t: Translate
  /** Like t, but parameters may be anything (React elements); returns the pieces in order. */
  parts: <T>(key: MessageKey, params: Readonly<Record<string, T | ParamValue>>) => Array<string | T>
}

const isSaid = (v: unknown): v is Said => typeof v === 'object' && v !== null && 'key' in v && 'params' in v

export function createTranslator(locale: Locale, catalogue: Catalogue): Translator {
  const rules = new Intl.PluralRules(INTL_TAG[locale])
  const numbers = new Intl.NumberFormat(INTL_TAG[locale])
  const formatNumber = (n: number) => numbers.format(n)
  const parts = <T>(key: MessageKey, params: Readonly<Record<string, T | ParamValue>>): Array<string | T> => {
    // Messages inside parameters are said first, in the same language.
    const filled: Record<string, T | string | number> = {}
    for (const [name, value] of Object.entries(params)) {
      filled[name] = isSaid(value)
        ? parts<never>(value.key, value.params).join('')
        : (value as T | string | number)
    }
    // A message of an English area not loaded yet (messages-en.ts) shows its key, never throws.
    const message = (catalogue[key] as Message | undefined) ?? key
    return fillTemplate(pickTemplate(message, params['count'], rules), filled, formatNumber)
  }
  const t: Translate = (key, ...args) => {
    const params: Readonly<Record<string, ParamValue>> = args[0] ?? {}
    return parts<never>(key, params).join('')
  }
  return { locale, t, parts }
}
