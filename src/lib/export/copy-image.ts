/** Puts a PNG on the clipboard where the browser allows it; otherwise says why, in words. */
export async function copyPngToClipboard(
  png: Blob | Promise<Blob>,
): Promise<{ ok: true } | { ok: false; reason: string }> {
  if (typeof ClipboardItem === 'undefined' || navigator.clipboard?.write === undefined) {
    return {
      ok: false,
      reason:
        'This browser cannot put images on the clipboard. Use "Download PNG" and paste the file instead.',
    }
  }
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })])
    return { ok: true }
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e)
    return {
      ok: false,
      reason: `The browser refused to copy the image (${detail}). Use "Download PNG" instead.`,
    }
  }
}
