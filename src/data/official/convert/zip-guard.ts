/**
 * A look at a zip's central directory before the spreadsheet reader inflates anything: a file a reader
 * opens could declare gigabytes behind a few kilobytes (a zip bomb), and SheetJS would try to inflate it.
 */
import { OfficialListError } from '@/data/official/convert/official-error'

export interface ZipLimits {
  /** The most the entries may declare uncompressed, in total. */
  maxUncompressedBytes: number
  /** The most the whole may expand relative to the file's size. */
  maxRatio: number
  maxEntries: number
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxRatio: 200,
  maxEntries: 10_000,
}

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const ZIP64_SENTINEL = 0xffffffff

export const isZip = (bytes: Uint8Array): boolean =>
  bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04

/** Throws unless the central directory is whole and declares sizes within the limits. */
export function checkZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // The end record is the last 22 bytes, or further back by a comment of up to 65,535 bytes.
  let end = -1
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at--) {
    if (view.getUint32(at, true) === EOCD) {
      end = at
      break
    }
  }
  if (end < 0)
    throw new OfficialListError(
      'corrupt',
      'The file is not a complete workbook: its zip directory is missing (truncated or corrupt).',
    )
  const count = view.getUint16(end + 10, true)
  const size = view.getUint32(end + 12, true)
  const offset = view.getUint32(end + 16, true)
  if (count > limits.maxEntries)
    throw new OfficialListError(
      'zip-too-large',
      `The workbook holds ${count} files; the limit is ${limits.maxEntries}.`,
      { count, max: limits.maxEntries },
    )
  if (offset === ZIP64_SENTINEL || offset + size > end)
    throw new OfficialListError(
      'corrupt',
      "The workbook's zip directory points outside the file (truncated or corrupt).",
    )
  let at = offset
  let total = 0
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL)
      throw new OfficialListError(
        'corrupt',
        "The workbook's zip directory is damaged (truncated or corrupt).",
      )
    const declared = view.getUint32(at + 24, true)
    // A zip64 size sits in the extra field; no workbook needs one, so it counts as over the limit.
    total += declared === ZIP64_SENTINEL ? Number.POSITIVE_INFINITY : declared
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
  }
  if (total > limits.maxUncompressedBytes)
    throw new OfficialListError(
      'zip-too-large',
      `The workbook would expand to ${describeBytes(total)}; the limit is ${describeBytes(limits.maxUncompressedBytes)}.`,
      { size: describeBytes(total), max: describeBytes(limits.maxUncompressedBytes) },
    )
  if (total > bytes.length * limits.maxRatio)
    throw new OfficialListError(
      'zip-ratio',
      `The workbook would expand ${Math.round(total / bytes.length)} times its size; the limit is ${limits.maxRatio} times.`,
      { ratio: Math.round(total / bytes.length), max: limits.maxRatio },
    )
}

const describeBytes = (n: number): string =>
  Number.isFinite(n) ? `${(n / 1024 / 1024).toFixed(1)} MB` : 'an undeclared (zip64) size'
