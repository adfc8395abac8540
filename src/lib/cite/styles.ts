/**
 * The three citation styles of the "Cite" dialog, as runs of text (italics marked):
 *
 * - APA 7, a data set: Author. (Date). *Title* (Version x) [Data set]. Retrieved Month D, YYYY, from URL.
 *   A work without an author starts with its title; a title in another language is followed by its English
 *   translation in brackets (APA 7 §9.38); a figure is cited as a part: Figure. (Date). In *Title* ….
 * - Chicago 17, bibliography: Author. "Figure." *Title*. Version x. Last modified Month D, YYYY. Accessed
 *   Month D, YYYY. URL.
 * - SIST 02 (科学技術情報流通技術基準), an online resource: 著者名. "タイトル". サイト名. 版, 更新日. URL,
 *   (参照 YYYY-MM-DD). In English: (accessed YYYY-MM-DD).
 *
 * APA and Chicago are English styles: their own words stay English on a Japanese page (the titles are the
 * reader's). SIST 02 has its words in both languages.
 */
import {
  monthDayYear,
  terminate,
  yearMonthDay,
  type CiteInput,
  type Citation,
  type Segment,
} from '@/lib/cite/cite-input'

export const CITATION_STYLES = ['apa', 'chicago', 'sist'] as const
export type CitationStyle = (typeof CITATION_STYLES)[number]

const plain = (text: string): Segment => ({ text })
const italic = (text: string): Segment => ({ text, italic: true })

/** The translated title in brackets, when there is one and it differs from the title. */
function translation(input: CiteInput): string | null {
  const t = input.translatedTitle?.trim()
  return t === undefined || t === '' || t === input.title.trim() ? null : t
}

/** "*Title* [Translation]" (the part APA and Chicago italicise, and the bracket after it). */
function titleRuns(input: CiteInput): Segment[] {
  const tr = translation(input)
  return tr === null ? [italic(input.title.trim())] : [italic(input.title.trim()), plain(` [${tr}]`)]
}

export function apa(input: CiteInput): Citation {
  const date = `(${yearMonthDay(input.asOf)}).`
  const author = input.publisher?.trim()
  const work = [...titleRuns(input), plain(` (Version ${input.version}) [Data set]. `)]
  const retrieved = plain(`Retrieved ${monthDayYear(input.accessed)}, from ${input.url}`)
  const figure = input.figureTitle?.trim()
  const out: Segment[] = []
  if (author !== undefined && author !== '') {
    out.push(plain(`${terminate(author)} ${date} `))
    if (figure !== undefined && figure !== '') out.push(plain(`${terminate(figure)} In `))
  } else if (figure !== undefined && figure !== '') {
    out.push(plain(`${terminate(figure)} ${date} In `))
  } else {
    // No author: the title moves to the author's place, the date after it.
    out.push(...titleRuns(input), plain(` (Version ${input.version}) [Data set]. ${date} `), retrieved)
    return out
  }
  out.push(...work, retrieved)
  return out
}

export function chicago(input: CiteInput): Citation {
  const author = input.publisher?.trim()
  const figure = input.figureTitle?.trim()
  const out: Segment[] = []
  if (author !== undefined && author !== '') out.push(plain(`${terminate(author)} `))
  if (figure !== undefined && figure !== '') out.push(plain(`“${terminate(figure)}” In `))
  out.push(
    ...titleRuns(input),
    plain(
      `. Version ${input.version}. Last modified ${monthDayYear(input.asOf)}. ` +
        `Accessed ${monthDayYear(input.accessed)}. ${input.url}.`,
    ),
  )
  return out
}

export function sist(input: CiteInput): Citation {
  const ja = input.locale === 'ja'
  const author = input.publisher?.trim()
  const figure = input.figureTitle?.trim()
  const parts: string[] = []
  if (author !== undefined && author !== '') parts.push(terminate(author))
  if (figure !== undefined && figure !== '') parts.push(`"${figure}".`)
  parts.push(terminate(input.title))
  const version = ja ? `${input.version}版` : `Version ${input.version}`
  parts.push(`${version}, ${input.asOf}.`)
  parts.push(`${input.url}, (${ja ? '参照' : 'accessed'} ${input.accessed}).`)
  return [plain(parts.join(' '))]
}

const BUILDERS: Record<CitationStyle, (input: CiteInput) => Citation> = { apa, chicago, sist }

export function citation(style: CitationStyle, input: CiteInput): Citation {
  return BUILDERS[style](input)
}

/** Each style's name, the same in every language (they are names). */
export const STYLE_NAMES: Record<CitationStyle, string> = {
  apa: 'APA 7',
  chicago: 'Chicago 17',
  sist: 'SIST 02',
}
