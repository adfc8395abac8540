/** Puts a PNG on the clipboard where the browser allows it; otherwise says why, in words. */
export async function copyPngToClipboard(
  png: Blob | Promise<Blob>,
  words: { unsupported: string; refused: (detail: string) => string },
): Promise<{ ok: true } | { ok: false; reason: string }> {
  if (typeof ClipboardItem === 'undefined' || navigator.clipboard?.write === undefined) {
    return { ok: false, reason: words.unsupported }
  }
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })])
    return { ok: true }
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e)
    return { ok: false, reason: words.refused(detail) }
  }
}
