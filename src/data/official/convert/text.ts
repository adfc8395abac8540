/** Cell and line clean-up shared by the MOF and METI readers. */

/**
 * NFKC turns full-width letters, digits, spaces and brackets into their ASCII forms, which is safe for
 * names and dates on these lists (katakana is already full width and stays so).
 */
export function clean(value: string): string {
  return value
    .normalize('NFKC')
    .replace(/[ \t\u00a0]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .trim()
}

/** The cleaned text, or null for an empty one. */
export function cleanOrNull(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null
  const text = clean(value)
  return text === '' ? null : text
}

/** Non-empty cleaned lines. */
export function lines(value: string): string[] {
  return clean(value)
    .split('\n')
    .filter((line) => line !== '')
}

/** Kana, kanji and Japanese punctuation: a line with any of these is Japanese text. */
export const JAPANESE = /[\u3000-\u30ff\u3400-\u9fff\uff01-\uff9f]/
