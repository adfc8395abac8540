/** The catalogue key naming each official list. */
import type { ListId } from '@/data/official/designation'

export const LIST_KEYS = {
  'mof-russia-individuals': 'listed.list.mof-russia-individuals',
  'mof-russia-organisations': 'listed.list.mof-russia-organisations',
  'mof-russia-banks': 'listed.list.mof-russia-banks',
  'mof-crimea-individuals': 'listed.list.mof-crimea-individuals',
  'mof-crimea-organisations': 'listed.list.mof-crimea-organisations',
  'mof-belarus-individuals': 'listed.list.mof-belarus-individuals',
  'mof-belarus-organisations': 'listed.list.mof-belarus-organisations',
  'mof-belarus-banks': 'listed.list.mof-belarus-banks',
  'mof-other-individuals': 'listed.list.mof-other-individuals',
  'mof-other-organisations': 'listed.list.mof-other-organisations',
  'mof-other-banks': 'listed.list.mof-other-banks',
  'meti-russia': 'listed.list.meti-russia',
  'meti-belarus': 'listed.list.meti-belarus',
  'meti-third-countries': 'listed.list.meti-third-countries',
} as const satisfies Record<ListId, `listed.list.${ListId}`>
