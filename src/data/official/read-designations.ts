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

export function readDesignations(json: unknown): DesignationsFile {
  const list =
    typeof json === 'object' &&
    json !== null &&
    Array.isArray((json as { designations?: unknown }).designations)
      ? ((json as { designations: unknown[] }).designations as unknown[])
      : null
  if (list === null) throw new Error('the file holds no "designations" list')
  const designations: Designation[] = []
  let rejected = 0
  for (const raw of list) {
    const parsed = designationSchema.safeParse(raw)
    if (parsed.success) designations.push(parsed.data)
    else rejected += 1
  }
  return { designations, rejected }
}
