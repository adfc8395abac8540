/** The Japanese catalogue, loaded on demand. Every key of the English one, with the same placeholders. */
import { a11y } from '@/lib/i18n/ja/a11y'
import { app } from '@/lib/i18n/ja/app'
import { cite } from '@/lib/i18n/ja/cite'
import { common } from '@/lib/i18n/ja/common'
import { dataset } from '@/lib/i18n/ja/dataset'
import { energy } from '@/lib/i18n/ja/energy'
import { goods } from '@/lib/i18n/ja/goods'
import { listed } from '@/lib/i18n/ja/listed'
import { opening } from '@/lib/i18n/ja/opening'
import { problems } from '@/lib/i18n/ja/problems'
import { timeline } from '@/lib/i18n/ja/timeline'
import type { Catalogue } from '@/lib/i18n/translate'

export const ja: Catalogue = {
  ...common,
  ...app,
  ...timeline,
  ...goods,
  ...listed,
  ...energy,
  ...dataset,
  ...opening,
  ...problems,
  ...a11y,
  ...cite,
}
