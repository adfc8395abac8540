/** Aliases as the lists write them: several per cell, on separate lines or after `;`, with 別称/a.k.a. wrappers. */
import { lines } from '@/data/official/text'

/** Strips one pair of wrapping brackets and a leading 別称/別名/a.k.a. label. */
function unwrap(text: string): string {
  let out = text.trim()
  if (/^\(.*\)$/.test(out)) out = out.slice(1, -1).trim()
  return out.replace(/^(?:別称|別名|旧称|a\.k\.a\.?|f\.k\.a\.?)\s*[、,:：]?\s*/i, '').trim()
}

/** Every alias in a cell, both languages, in the order written, without duplicates. */
export function splitAliases(cell: string | null): string[] {
  if (cell === null) return []
  const found: string[] = []
  for (const line of lines(cell)) {
    const body = unwrap(line)
    // A Japanese 別称 line lists names with 、; otherwise names are separated by ;.
    const separator = /^\(?(?:別称|別名)、/.test(line) ? /、|;/ : /;|,\s*(?=a\.k\.a\.)/i
    for (const piece of body.split(separator)) {
      const alias = unwrap(piece)
      if (alias !== '' && !found.includes(alias)) found.push(alias)
    }
  }
  return found
}
