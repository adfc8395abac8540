/**
 * The METI export-ban lists give no date per entry: entries are appended, and the Ministry of Foreign
 * Affairs notice (外務省告示) that added each batch gives its date. These ranges were read from those
 * notices (see /work/shared/data/official/README.md); each date means "added on or by".
 */
import type { MetiListId } from '@/data/official/convert/sources'
import { OfficialListError } from '@/data/official/convert/official-error'

export interface Batch {
  from: number
  to: number
  /** The date shown: the list's own 指定日 for the first batch, the notice's date for the others. */
  date: string
  /** Another date a source gives for the same batch. */
  alternatives: string[]
  /** The MOFA notice, where its address is known; null rather than a guessed one. */
  notice: string | null
}

const mofa = (n: number): string => `https://www.mofa.go.jp/mofaj/files/${n}.pdf`

const batch = (
  from: number,
  to: number,
  date: string,
  notice: string | null = null,
  alternatives: string[] = [],
): Batch => ({
  from,
  to,
  date,
  alternatives,
  notice,
})

export const METI_BATCHES: Record<MetiListId, Batch[]> = {
  'meti-russia': [
    // METI's 指定日 is 2022-03-01 (announced that day, in force 8 Mar); the mirror of the notices says 2022-03-15.
    batch(1, 49, '2022-03-01', null, ['2022-03-15']),
    batch(50, 130, '2022-03-25'),
    batch(131, 201, '2022-05-10'),
    batch(202, 266, '2022-07-05', mofa(100366224)),
    batch(267, 287, '2022-09-26'),
    batch(288, 336, '2023-01-27'),
    batch(337, 357, '2023-02-28'),
    batch(358, 437, '2023-05-26'),
    batch(438, 494, '2023-12-15', mofa(100595627)),
    batch(495, 523, '2024-03-01'),
    batch(524, 537, '2024-06-21'),
    batch(538, 559, '2025-01-10', mofa(100778005)),
    batch(560, 561, '2025-09-12'),
  ],
  'meti-belarus': [
    // The list's own 指定日 is 2022-03-08; the notices' mirror labels the batch 2022-03-15.
    batch(1, 2, '2022-03-08', null, ['2022-03-15']),
    batch(3, 27, '2022-07-05'),
  ],
  'meti-third-countries': [
    batch(1, 6, '2023-12-15', mofa(100595628)),
    batch(7, 16, '2024-06-21'),
    batch(17, 47, '2025-01-16', mofa(100777989)),
    batch(48, 56, '2025-09-12'),
  ],
}

/** Throws unless the ranges run 1…count in order with no gap and no overlap. */
export function checkBatchCoverage(list: string, batches: readonly Batch[], count: number): void {
  let next = 1
  for (const { from, to, date } of batches) {
    if (from !== next || to < from)
      throw new OfficialListError(
        'meti-batches',
        `${list}: the batch of ${date} covers ${from}–${to}, but the next entry to cover is ${next} (a gap or an overlap).`,
      )
    next = to + 1
  }
  if (next - 1 !== count)
    throw new OfficialListError(
      'meti-batches',
      `${list}: the batches cover entries 1–${next - 1}, but the list has ${count} entries.`,
    )
}

/** The batch an entry belongs to (after checkBatchCoverage, there is exactly one). */
export const batchOf = (batches: readonly Batch[], entry: number): Batch | undefined =>
  batches.find(({ from, to }) => entry >= from && entry <= to)
