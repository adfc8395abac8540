/**
 * The dataset in one language. Validation keeps every dataset text in both languages ({ en, ja });
 * the panels read plain strings, so the page turns the dataset into the reader's language once per
 * dataset and language, and remembers which texts had to fall back to the other one.
 */
import { defineStoredGoods, storedGoodsOf } from '@/data/goods/goods-store'
import type { BilingualDataset, Dataset, Localized, LocalText } from '@/data/validate/schema'
import type { Locale } from '@/lib/i18n/locales'
import { pickText } from '@/lib/i18n/pick-text'

const isLocalText = (v: unknown): v is LocalText => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false
  let keys = 0
  for (const k in v) {
    if (k !== 'en' && k !== 'ja') return false
    keys++
  }
  return keys === 2
}

/** Per localized record, the fields shown in the other language (the reader's was missing). */
const fallbacks = new WeakMap<object, Map<string, Locale>>()
/** Per localized record, the record it was made from (both languages). */
const originals = new WeakMap<object, object>()
/** Texts shown in the other language during the localization under way, and per localized dataset. */
let fallbacksCounted = 0
const NAME_FIELDS: ReadonlySet<string> = new Set(['publisher'])
const fallbackCounts = new WeakMap<object, number>()

/**
 * The value in one language. A record or list without any bilingual text is returned as it is (no copy):
 * a dataset of 100,000 goods is mostly such records, and copying them all was a long task on the page.
 */
function localizeValue(value: unknown, locale: Locale): unknown {
  if (isLocalText(value)) return pickText(value, locale)?.text ?? ''
  if (typeof value !== 'object' || value === null) return value
  if (Array.isArray(value)) {
    let out: unknown[] | null = null
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i]
      const l = localizeValue(v, locale)
      if (l !== v) (out ??= value.slice())[i] = l
    }
    return out ?? value
  }
  let out: Record<string, unknown> | null = null
  let marks: Map<string, Locale> | undefined
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue
    const v: unknown = (value as Record<string, unknown>)[key]
    let l: unknown
    if (isLocalText(v)) {
      const picked = pickText(v, locale)
      l = picked?.text ?? ''
      if (picked?.fallback === true) {
        ;(marks ??= new Map()).set(key, picked.lang)
        // A publisher's name in Latin letters is a name, not an untranslated text.
        if (!NAME_FIELDS.has(key)) fallbacksCounted++
      }
    } else l = localizeValue(v, locale)
    if (l !== v) (out ??= { ...(value as Record<string, unknown>) })[key] = l
  }
  if (out === null) return value
  if (marks !== undefined) fallbacks.set(out, marks)
  originals.set(out, value)
  return out
}

/**
 * The goods list in `locale`. A validated goods item has one text that can be in two languages, its
 * note (the schema splits a category into two strings), so only items with such a note are localized:
 * walking every field of 100,000 items took 60 ms of one task on the page.
 */
function localizeGoods<T extends { note?: unknown }>(goods: readonly T[], locale: Locale): readonly T[] {
  let out: T[] | null = null
  for (let i = 0; i < goods.length; i++) {
    const g = goods[i] as T
    if (!isLocalText(g.note)) continue
    const l = localizeValue(g, locale) as T
    if (l !== g) (out ??= goods.slice())[i] = l
  }
  return out ?? goods
}

const cache = new WeakMap<BilingualDataset, Map<Locale, Dataset>>()

/** The dataset with every text in `locale`, or in the other language where `locale` has none. */
export function localizeDataset(dataset: BilingualDataset, locale: Locale): Dataset {
  let byLocale = cache.get(dataset)
  if (byLocale === undefined) {
    byLocale = new Map()
    cache.set(dataset, byLocale)
  }
  let localized = byLocale.get(locale)
  if (localized === undefined) {
    // The shapes match field for field: only LocalText values become strings.
    fallbacksCounted = 0
    const others = withoutGoods(dataset)
    const rest = localizeValue(others, locale)
    const store = storedGoodsOf(dataset)
    if (store !== null) {
      // Goods kept in columns stay there (a page that reads the goods list builds it then, localized).
      const plain = !store.hasNotes()
      if (rest === others && plain) localized = dataset as unknown as Dataset
      else {
        localized = defineStoredGoods({ ...(rest as object) } as Dataset, store, () =>
          plain ? dataset.goods : localizeGoods(dataset.goods, locale),
        )
        originals.set(localized, dataset)
      }
    } else {
      const { goods } = dataset
      const localizedGoods = localizeGoods(goods, locale)
      if (rest === others && localizedGoods === goods) localized = dataset as unknown as Dataset
      else {
        localized = { ...(rest as object), goods: localizedGoods } as Dataset
        originals.set(localized, dataset)
      }
    }
    fallbackCounts.set(localized, fallbacksCounted)
    byLocale.set(locale, localized)
  }
  return localized
}

/** Everything of a dataset but its goods list, without reading that list (see goods/goods-store.ts). */
function withoutGoods({ schemaVersion, meta, sources, measures, energy }: BilingualDataset) {
  return { schemaVersion, meta, sources, measures, energy }
}

/** The language a record's field is shown in, when it is not the reader's (null when it is). */
export function fallbackLanguage(record: object, field: string): Locale | null {
  return fallbacks.get(record)?.get(field) ?? null
}

/** One record (or list of records) in `locale`: for code that validates a record on its own. */
export function localizeRecord<T>(record: T, locale: Locale): Localized<T> {
  return localizeValue(record, locale) as Localized<T>
}

/**
 * A field's English text, whatever language the record was localized to: for code that matches on the
 * dataset's English wording (e.g. "LNG imports from Russia"). A record that was never localized is read as is.
 */
export function englishText(record: object, field: string): string | null {
  const original: unknown = originals.get(record) ?? record
  const value = (original as Record<string, unknown>)[field]
  if (typeof value === 'string') return value
  return isLocalText(value) ? value.en : null
}

/** The record (or dataset) a localized one was made from; null for one that was never localized. */
export function originalOf(record: object): object | null {
  return originals.get(record) ?? null
}

/** How many of a localized dataset's texts are shown in the other language (the reader's was missing). */
export function fallbackCount(dataset: Dataset): number {
  return fallbackCounts.get(dataset) ?? 0
}
