/**
 * The `?data=<url>` parameter: which dataset a shared link opens. Pure: the caller hands in the
 * query string and the page address, and writes back what `withDataParam` returns.
 *
 * The view-state parser treats `data` as a foreign parameter and leaves it alone; this module owns it.
 */
import { said, type Said } from '@/lib/i18n/said'

export const DATA_PARAM = 'data'

/** Longer addresses are refused: no real dataset needs one, and echoing it would flood the page. */
const MAX_URL_LENGTH = 2000

/** A refused address says why, in words said on the page in the reader's language. */
export type UrlCheck = { ok: true; url: string } | { ok: false; reason: Said }

function quoteClipped(raw: string): string {
  const json = JSON.stringify(raw)
  return json.length > 80 ? `${json.slice(0, 77)}…"` : json
}

/**
 * Whether an address may be fetched as a dataset: http(s) only (never javascript:, data:, file:, blob:),
 * no user name or password in it, and, for another site, https only, as the page's security policy
 * allows. A relative address is resolved against the page.
 */
export function checkDatasetUrl(raw: string, pageUrl: string): UrlCheck {
  const text = raw.trim()
  if (text === '') return { ok: false, reason: said('dataset.url.empty') }
  if (text.length > MAX_URL_LENGTH) {
    return { ok: false, reason: said('dataset.url.tooLong', { count: text.length, max: MAX_URL_LENGTH }) }
  }
  let url: URL
  try {
    url = new URL(text, pageUrl)
  } catch {
    return { ok: false, reason: said('dataset.url.notAnAddress', { address: quoteClipped(text) }) }
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return {
      ok: false,
      reason: said('dataset.url.notHttp', { address: quoteClipped(text), protocol: url.protocol }),
    }
  }
  if (url.username !== '' || url.password !== '') {
    return { ok: false, reason: said('dataset.url.credentials') }
  }
  const page = new URL(pageUrl)
  if (url.origin !== page.origin && url.protocol !== 'https:') {
    return { ok: false, reason: said('dataset.url.plainHttp', { address: quoteClipped(text) }) }
  }
  return { ok: true, url: url.href }
}

/** An invalid parameter keeps the address's refusal; the page says the parameter was ignored (loader-store). */
export type DataParam = { kind: 'none' } | { kind: 'url'; url: string } | { kind: 'invalid'; reason: Said }

/** Reads `data` from a query string ('?data=…'); never throws. */
export function readDataParam(search: string, pageUrl: string): DataParam {
  const raw = new URLSearchParams(search).get(DATA_PARAM)
  if (raw === null) return { kind: 'none' }
  const checked = checkDatasetUrl(raw, pageUrl)
  if (checked.ok) return { kind: 'url', url: checked.url }
  return { kind: 'invalid', reason: checked.reason }
}

/** The page address with `data` set to a URL, or removed (null); the other parameters and the hash are kept. */
export function withDataParam(
  location: Pick<Location, 'pathname' | 'search' | 'hash'>,
  url: string | null,
): string {
  const params = new URLSearchParams(location.search)
  if (url === null) params.delete(DATA_PARAM)
  else params.set(DATA_PARAM, url)
  const search = params.toString().replaceAll('%2C', ',')
  return `${location.pathname}${search === '' ? '' : `?${search}`}${location.hash}`
}

/** The last segment of a URL's path ("https://x.org/a/measures.csv" → "measures.csv"), for format detection. */
export function fileNameOfUrl(url: string): string {
  try {
    const segments = new URL(url).pathname.split('/')
    return decodeURIComponent(segments[segments.length - 1] ?? '')
  } catch {
    return ''
  }
}
