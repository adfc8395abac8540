// Reads a PNG without extra dependencies: size from IHDR, and pixel statistics from the decoded IDAT.
import { inflateSync } from 'node:zlib'

export function pngSize(buf) {
  if (buf.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG file')
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) }
}

/** Share of non-white pixels and number of distinct colours (8-bit RGB or RGBA, non-interlaced). */
export function pngStats(buf) {
  const { width, height } = pngSize(buf)
  const colourType = buf[25]
  const channels = colourType === 6 ? 4 : colourType === 2 ? 3 : null
  if (channels === null || buf[24] !== 8) throw new Error(`unsupported PNG colour type ${colourType}`)
  const idat = []
  for (let at = 8; at < buf.length;) {
    const len = buf.readUInt32BE(at)
    const type = buf.toString('ascii', at + 4, at + 8)
    if (type === 'IDAT') idat.push(buf.subarray(at + 8, at + 8 + len))
    at += 12 + len
  }
  const raw = inflateSync(Buffer.concat(idat))
  const stride = width * channels
  const out = Buffer.alloc(stride * height)
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x]
      const a = x >= channels ? out[y * stride + x - channels] : 0
      const b = y > 0 ? out[(y - 1) * stride + x] : 0
      const c = x >= channels && y > 0 ? out[(y - 1) * stride + x - channels] : 0
      let p
      if (filter === 0) p = v
      else if (filter === 1) p = v + a
      else if (filter === 2) p = v + b
      else if (filter === 3) p = v + ((a + b) >> 1)
      else {
        const pa = Math.abs(b - c)
        const pb = Math.abs(a - c)
        const pc = Math.abs(a + b - 2 * c)
        p = v + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c)
      }
      out[y * stride + x] = p & 0xff
    }
  }
  let nonWhite = 0
  const colours = new Set()
  for (let i = 0; i < out.length; i += channels) {
    const [r, g, b] = [out[i], out[i + 1], out[i + 2]]
    if (r < 245 || g < 245 || b < 245) nonWhite++
    if (colours.size < 5000) colours.add((r << 16) | (g << 8) | b)
  }
  return { width, height, nonWhiteShare: nonWhite / (width * height), colours: colours.size }
}
