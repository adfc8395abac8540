import type { AreaOf } from '@/lib/i18n/area'
import type { common as en } from '@/lib/i18n/en/common'

export const common: AreaOf<typeof en> = {
  'type.asset_freeze': '資産凍結',
  'type.export_ban': '輸出禁止',
  'type.import_ban': '輸入禁止',
  'type.entry_ban': '入国禁止',
  'type.visa_suspension': '査証発給停止',
  'type.financial': '金融措置',
  'type.investment_ban': '投資禁止',
  'type.trade_status': '貿易上の地位',
  'type.diplomatic': '外交措置',
  'type.energy_policy': 'エネルギー政策',
  'type.asset_seizure': '資産差し押さえ',
  'type.service_ban': 'サービス提供禁止',
  'type.russiaOnly': '{type}（ロシア）',
  'text.onlyEnglish': '英語のみ',
  'text.onlyJapanese': '日本語のみ',
  'common.dismiss': '閉じる',
  'common.close': '閉じる',
  'common.cancel': 'キャンセル',
  'common.andMore': '{list}ほか{count}件',
} as const
