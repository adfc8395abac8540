/**
 * A BibTeX entry for the view: @misc (read by BibTeX and biblatex alike) with the title, the author as an
 * organisation, the year, version, URL, access date and a note saying what was cited.
 */
import { citationKey, isoParts, type CiteInput } from '@/lib/cite/cite-input'

const TEX_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  '^': '\\^{}',
  '~': '\\~{}',
}

/** Text safe inside a BibTeX field: TeX's special characters escaped, in one pass (so "\\" never doubles up). */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}$&%#_^~]/g, (c) => TEX_ESCAPES[c] ?? c).replace(/\s+/g, ' ')
}

/**
 * A URL for a verbatim `url` field: kept as it is (biblatex reads it verbatim), except the characters that
 * would end the field or start a command, percent-encoded.
 */
export function bibtexUrl(url: string): string {
  return url.replace(/[{}\\\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
}

/** What the note says was cited, in the page's language. */
function note(input: CiteInput): string {
  const { version, asOf, locale } = input
  const figure = input.figureTitle?.trim()
  if (locale === 'ja') {
    const { year, month, day } = isoParts(asOf)
    const data = `データセット（${version}版、${year}年${month}月${day}日時点）`
    return figure === undefined || figure === '' ? data : `「${input.title.trim()}」${data}の図`
  }
  const data = `Data set, version ${version}, data as of ${asOf}`
  return figure === undefined || figure === '' ? data : `Figure in "${input.title.trim()}". ${data}`
}

export function bibtex(input: CiteInput): string {
  const figure = input.figureTitle?.trim()
  const title = figure !== undefined && figure !== '' ? figure : input.title.trim()
  const author = input.publisher?.trim()
  const fields: Array<[string, string]> = [
    // Double braces keep the title's capitals as written (styles would lower-case them).
    ['title', `{${escapeBibtex(title)}}`],
  ]
  if (author !== undefined && author !== '') {
    // An organisation, in braces, so BibTeX does not split it into first and last names.
    fields.push(['author', `{${escapeBibtex(author)}}`])
    fields.push(['organization', escapeBibtex(author)])
  }
  fields.push(
    ['year', String(isoParts(input.asOf).year)],
    ['date', input.asOf],
    ['version', escapeBibtex(input.version)],
    ['url', bibtexUrl(input.url)],
    ['urldate', input.accessed],
    ['note', escapeBibtex(note(input))],
    ['language', input.locale === 'ja' ? 'japanese' : 'english'],
  )
  const width = Math.max(...fields.map(([name]) => name.length))
  const body = fields.map(([name, value]) => `  ${name.padEnd(width)} = {${value}},`).join('\n')
  return `@misc{${citationKey(input)},\n${body}\n}\n`
}
