/**
 * The view as CSL-JSON (Citation Style Language), what Zotero, Mendeley and pandoc import: one item of
 * type "dataset".
 */
import { citationKey, isoParts, type CiteInput } from '@/lib/cite/cite-input'

interface CslDate {
  'date-parts': [[number, number, number]]
}

export interface CslItem {
  id: string
  type: 'dataset'
  title: string
  'container-title'?: string
  author?: Array<{ literal: string }>
  publisher?: string
  version: string
  issued: CslDate
  accessed: CslDate
  URL: string
  language: string
  note?: string
}

function cslDate(iso: string): CslDate {
  const { year, month, day } = isoParts(iso)
  return { 'date-parts': [[year, month, day]] }
}

export function cslItem(input: CiteInput): CslItem {
  const figure = input.figureTitle?.trim()
  const author = input.publisher?.trim()
  const translated = input.translatedTitle?.trim()
  const item: CslItem = {
    id: citationKey(input),
    type: 'dataset',
    title: figure !== undefined && figure !== '' ? figure : input.title.trim(),
    version: input.version,
    issued: cslDate(input.asOf),
    accessed: cslDate(input.accessed),
    URL: input.url,
    language: input.locale,
  }
  if (figure !== undefined && figure !== '') item['container-title'] = input.title.trim()
  if (author !== undefined && author !== '') {
    item.author = [{ literal: author }]
    item.publisher = author
  }
  if (translated !== undefined && translated !== '' && translated !== input.title.trim()) {
    item.note = `English title: ${translated}`
  }
  return item
}

/** The CSL-JSON file: an array of one item, indented. */
export function cslJson(input: CiteInput): string {
  return `${JSON.stringify([cslItem(input)], null, 2)}\n`
}
