/**
 * The English catalogue: the source of truth for keys and placeholders. One file per area, in en/.
 * The areas the first screen reads are here from the start; those only the panels below it read (the
 * names search, the goods explorer, energy) and the parts for opening a dataset come with their code
 * (englishArea), so the first screen does not download their text. The type is the whole catalogue
 * either way.
 */
import { a11y } from '@/lib/i18n/en/a11y'
import { app } from '@/lib/i18n/en/app'
import { cite } from '@/lib/i18n/en/cite'
import { common } from '@/lib/i18n/en/common'
import { dataset } from '@/lib/i18n/en/dataset'
import type { energy } from '@/lib/i18n/en/energy'
import type { goods } from '@/lib/i18n/en/goods'
import type { listed } from '@/lib/i18n/en/listed'
import type { opening } from '@/lib/i18n/en/opening'
import type { problems } from '@/lib/i18n/en/problems'
import { timeline } from '@/lib/i18n/en/timeline'

export type EnglishCatalogue = typeof common &
  typeof app &
  typeof timeline &
  typeof goods &
  typeof listed &
  typeof energy &
  typeof dataset &
  typeof opening &
  typeof problems &
  typeof a11y &
  typeof cite

const core = { ...common, ...app, ...timeline, ...dataset, ...a11y, ...cite }

/** Every English message loaded so far; the lazy areas are added to this object as their panels load. */
export const en = core as EnglishCatalogue

/** Adds an area's English messages (called by the module of the panel that reads them). */
export function englishArea(area: Readonly<Record<string, unknown>>): void {
  Object.assign(en, area)
}
