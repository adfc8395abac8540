// The catalogue's keys, read from the English source files, to find a message shown as its bare key:
// what the translator returns for a key whose area has not loaded yet (src/lib/i18n/messages-en.ts).
import { readdir, readFile } from 'node:fs/promises'

const EN = new URL('../../../src/lib/i18n/en/', import.meta.url)

/** Every key of the English catalogue ("energy.unit.percent", "headline.percent", …). */
export async function messageKeys() {
  const keys = new Set()
  for (const file of await readdir(EN)) {
    const source = await readFile(new URL(file, EN), 'utf8')
    for (const m of source.matchAll(/^\s*'([\w.]+\.[\w.]+)':/gm)) keys.add(m[1])
  }
  return keys
}

/** The keys that stand as words of their own in a page's text. */
export function bareKeysIn(text, keys) {
  const found = new Set()
  for (const m of text.matchAll(/[A-Za-z][\w]*(?:\.\w+)+/g)) if (keys.has(m[0])) found.add(m[0])
  return [...found]
}
