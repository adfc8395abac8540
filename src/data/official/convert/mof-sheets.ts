/**
 * Which MOF sheets are about Russia, told by their row-1 titles: sheet names and positions change when
 * the ministry adds a programme, the titles have not.
 */
import type { Kind, ListId } from '@/data/official/designation'

export interface SheetKindInfo {
  list: ListId
  kind: Kind
}

/** The kind from the title's last bracket: （個人）, （特定銀行）, or an organisation (団体, 団体(特定銀行を除く)). */
function kindOf(firstLine: string): Kind {
  const tail = firstLine.replace(/[)\s]+$/, '')
  if (tail.endsWith('個人')) return 'individual'
  if (tail.endsWith('特定銀行')) return 'bank'
  return 'organisation'
}

/** The Russia-related list a sheet title names, or null for any other programme. Expects NFKC text. */
export function classifySheet(title: string): SheetKindInfo | null {
  // Notes follow the title after a line break (（注）…); only the first line names the list.
  const firstLine = title.split('\n')[0]?.trim() ?? ''
  const kind = kindOf(firstLine)
  if (firstLine.includes('クリミア')) {
    return kind === 'individual'
      ? { list: 'mof-crimea-individuals', kind }
      : { list: 'mof-crimea-organisations', kind: 'organisation' }
  }
  if (firstLine.includes('ロシア連邦及びベラルーシ共和国以外')) {
    return { list: `mof-other-${plural(kind)}`, kind }
  }
  if (firstLine.includes('資産凍結等の措置の対象となるロシア連邦の')) {
    return { list: `mof-russia-${plural(kind)}`, kind }
  }
  if (firstLine.includes('資産凍結等の措置の対象となるベラルーシ共和国の')) {
    return { list: `mof-belarus-${plural(kind)}`, kind }
  }
  return null
}

const plural = (kind: Kind): 'individuals' | 'organisations' | 'banks' =>
  kind === 'individual' ? 'individuals' : kind === 'bank' ? 'banks' : 'organisations'

export type Field =
  | 'date'
  | 'entry'
  | 'nameJa'
  | 'nameEn'
  | 'aliases'
  | 'title'
  | 'birthDate'
  | 'birthPlace'
  | 'address'
  | 'nationality'

/** Header texts (NFKC, spaces removed) and the field each holds; a column not named here is not read. */
const HEADERS: Record<string, Field> = {
  告示日付: 'date',
  告示番号: 'entry',
  日本語表記: 'nameJa',
  英語表記: 'nameEn',
  別名: 'aliases',
  別称: 'aliases',
  '別称・旧称': 'aliases',
  '別名・別称': 'aliases',
  '別称・別名': 'aliases',
  旧称: 'aliases',
  肩書等: 'title',
  肩書: 'title',
  役職: 'title',
  生年月日: 'birthDate',
  出生地: 'birthPlace',
  所在地: 'address',
  '住所・所在地': 'address',
  住所: 'address',
  国籍: 'nationality',
}

export const headerKey = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '')

export const fieldOf = (header: string): Field | null => HEADERS[headerKey(header)] ?? null
