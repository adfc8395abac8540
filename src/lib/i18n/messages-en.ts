/** The English catalogue: the source of truth for keys and placeholders. One file per area, in en/. */
import { a11y } from '@/lib/i18n/en/a11y'
import { app } from '@/lib/i18n/en/app'
import { cite } from '@/lib/i18n/en/cite'
import { common } from '@/lib/i18n/en/common'
import { dataset } from '@/lib/i18n/en/dataset'
import { energy } from '@/lib/i18n/en/energy'
import { goods } from '@/lib/i18n/en/goods'
import { listed } from '@/lib/i18n/en/listed'
import { timeline } from '@/lib/i18n/en/timeline'

export const en = {
  ...common,
  ...app,
  ...timeline,
  ...goods,
  ...listed,
  ...energy,
  ...dataset,
  ...a11y,
  ...cite,
} as const
