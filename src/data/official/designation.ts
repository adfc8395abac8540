/** One listed person, organisation or bank on one of Japan's official Russia-related sanction lists. */
import { z } from 'zod'

import { KINDS, LIST_IDS } from '@/data/official/list-ids'

// The page's Content-Security-Policy forbids eval: without this, zod probes `new Function` once when the
// names search checks the lists in the page, and the browser reports a violation (as validate/schema.ts does
// for the worker).
z.config({ jitless: true })

export { KINDS, LIST_IDS, type Kind, type ListId } from '@/data/official/list-ids'

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

export const sourceSchema = z.object({
  publisher: z.enum(['Ministry of Finance', 'Ministry of Economy, Trade and Industry']),
  file: z.string().min(1),
  /** The date the list is current to, when known (from the file name or the list's 最終更新日). */
  asOf: isoDate.nullable(),
  /** The ministry's own address, never the mirror the file was taken from. */
  url: z.url(),
})
export type Source = z.infer<typeof sourceSchema>

/** One named part of a split entry (METI Russia 23, Belarus 1: the ministry, the forces, the guard, the services). */
export const partSchema = z.object({ nameJa: z.string().nullable(), nameEn: z.string().nullable() })
export type Part = z.infer<typeof partSchema>

export const designationSchema = z.object({
  list: z.enum(LIST_IDS),
  kind: z.enum(KINDS),
  /** The number on that list (告示番号 on the MOF sheets, the entry number on the METI lists). */
  entry: z.number().int().positive(),
  /** Null only on a MOF delisting row, which gives the number and the date but no name. */
  nameJa: z.string().nullable(),
  nameEn: z.string().nullable(),
  aliases: z.array(z.string()),
  title: z.string().nullable(),
  /** ISO yyyy-mm-dd when the list gives a full date; otherwise the text as given (a year, two dates…). */
  birthDate: z.string().nullable(),
  birthPlace: z.string().nullable(),
  address: z.string().nullable(),
  /** ISO 3166 alpha-2, only where the address or nationality names exactly one country. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable(),
  /** The notice date; null for a delisting row, whose original date the list does not give. */
  designated: isoDate.nullable(),
  revised: z.array(isoDate),
  delisted: isoDate.nullable(),
  /** Another date a source gives for the same batch (METI Russia's first batch: 2022-03-15). */
  dateAlternatives: z.array(isoDate),
  parts: z.array(partSchema),
  /** Other entries on the same list that are the same listed party (third countries 2 and 3). */
  sameAs: z.array(z.number().int().positive()),
  /** The foreign-ministry notice that added a METI entry's batch; null on the MOF sheets. */
  notice: z.url().nullable(),
  source: sourceSchema,
})
export type Designation = z.infer<typeof designationSchema>
