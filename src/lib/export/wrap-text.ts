/**
 * Line-wrapping for text drawn into an exported SVG, where there is no layout engine.
 * Widths are estimated: Latin characters at ~0.56 em, CJK and full-width ones at 1 em.
 */

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u

/** Characters that may not begin a line in Japanese text, and those that may not end one. */
const NO_LINE_START =
  /[、。，．・：；？！）」』】〕〉》”’ー々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ…‥%）,.:;!?)\]}]/u
const NO_LINE_END = /[（「『【〔〈《“‘([{]/u

export function estimateWidth(text: string, fontSize: number): number {
  let em = 0
  for (const ch of text) em += WIDE.test(ch) ? 1 : ch === ' ' ? 0.3 : /[A-Z0-9]/.test(ch) ? 0.64 : 0.54
  return em * fontSize
}

/** Greedy wrap on spaces; a word longer than a line (or a run of CJK) is cut by characters. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = []
  let line = ''
  const push = (piece: string) => {
    const candidate = line === '' ? piece : `${line} ${piece}`
    if (estimateWidth(candidate, fontSize) <= maxWidth) {
      line = candidate
      return
    }
    if (line !== '') lines.push(line)
    line = ''
    if (estimateWidth(piece, fontSize) <= maxWidth) {
      line = piece
      return
    }
    let chunk = ''
    for (const ch of piece) {
      // Japanese line-breaking rules (kinsoku): closing punctuation never starts a line (it hangs at the
      // end of this one instead), and an opening bracket never ends one.
      const last = chunk.at(-1) ?? ''
      if (
        estimateWidth(chunk + ch, fontSize) > maxWidth &&
        chunk !== '' &&
        !NO_LINE_START.test(ch) &&
        !NO_LINE_END.test(last)
      ) {
        lines.push(chunk)
        chunk = ''
      }
      chunk += ch
    }
    line = chunk
  }
  for (const word of text.split(/\s+/).filter((w) => w !== '')) push(word)
  if (line !== '') lines.push(line)
  return lines
}
