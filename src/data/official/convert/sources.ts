/** Where each list comes from: the ministries' own addresses (the files were mirrored, but the ministries published them). */
import type { ListId, Source } from '@/data/official/designation'

export const MOF_LIST_URL =
  'https://www.mof.go.jp/policy/international_policy/gaitame_kawase/gaitame/economic_sanctions/list.html'

const METI_BASE =
  'https://www.meti.go.jp/policy/external_economy/trade_control/01_seido/04_seisai/downloadCrimea/'

export const METI_URLS: Record<MetiListId, string> = {
  'meti-russia': `${METI_BASE}20250912list_russia_tokutei.pdf`,
  'meti-third-countries': `${METI_BASE}20250912list_daisangoku_tokutei.pdf`,
  'meti-belarus': `${METI_BASE}list_belarus_tokutei.pdf`,
}

export type MetiListId = Extract<ListId, `meti-${string}`>

export const mofSource = (file: string, asOf: string | null): Source => ({
  publisher: 'Ministry of Finance',
  file,
  asOf,
  url: MOF_LIST_URL,
})

export const metiSource = (list: MetiListId, file: string, asOf: string | null): Source => ({
  publisher: 'Ministry of Economy, Trade and Industry',
  file,
  asOf,
  url: METI_URLS[list],
})
