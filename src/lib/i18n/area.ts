/** The type a Japanese area file must satisfy: every key of its English twin. */
import type { Message } from '@/lib/i18n/translate'

export type AreaOf<T> = { readonly [K in keyof T]: Message }
