/**
 * The bundled designations (public/data/designations.json, written by `npm run convert:official`) as the
 * page reads them: each record checked on its own, the bad ones counted and left out.
 */
import { designationSchema, type Designation } from '@/data/official/designation'

export interface DesignationsFile {
  designations: Designation[]
  /** Records that did not pass the schema (a hand-edited file); shown as a count, never guessed at. */
  rejected: number
}

function designationList(json: unknown): unknown[] {
  const list =
    typeof json === 'object' &&
    json !== null &&
    Array.isArray((json as { designations?: unknown }).designations)
      ? ((json as { designations: unknown[] }).designations as unknown[])
      : null
  if (list === null) throw new Error('the file holds no "designations" list')
  return list
}

function check(raws: readonly unknown[], into: DesignationsFile): void {
  for (const raw of raws) {
    const parsed = designationSchema.safeParse(raw)
    if (parsed.success) into.designations.push(parsed.data)
    else into.rejected += 1
  }
}

export function readDesignations(json: unknown): DesignationsFile {
  const out: DesignationsFile = { designations: [], rejected: 0 }
  check(designationList(json), out)
  return out
}

/**
 * readDesignations a step of records at a time, awaiting `pause` between steps. Checking the 2,186
 * bundled records in one go took 40–50 ms on the main thread, as the reader scrolled towards the panel.
 */
export async function readDesignationsInSteps(
  json: unknown,
  pause: () => Promise<void>,
  step = 250,
): Promise<DesignationsFile> {
  const list = designationList(json)
  const out: DesignationsFile = { designations: [], rejected: 0 }
  for (let at = 0; at < list.length; at += step) {
    if (at > 0) await pause()
    check(list.slice(at, at + step), out)
  }
  return out
}
