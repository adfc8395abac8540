/** Reads a Blob (or File) as UTF-8 text in chunks, reporting bytes read; bytes that are not UTF-8 become "�". */
export async function readBlobText(blob: Blob, onBytes: (read: number) => void): Promise<string> {
  const reader = blob.stream().getReader()
  const decoder = new TextDecoder('utf-8')
  const parts: string[] = []
  let read = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    read += value.byteLength
    parts.push(decoder.decode(value, { stream: true }))
    onBytes(read)
  }
  parts.push(decoder.decode())
  return parts.join('')
}
