import type { AreaOf } from '@/lib/i18n/area'
import type { a11y as en } from '@/lib/i18n/en/a11y'

export const a11y: AreaOf<typeof en> = {
  'a11y.tally.point': '{date}：+{added}、累計{total}',
  'a11y.tally.pointRemoved': '{date}：{removed}件を指定解除、累計{total}',
  'a11y.tally.pointReported': '{date}：+{added}、累計{total}（公表累計{reported}と不一致）',
  'a11y.lng.bar': '{country}：{value}',
  'a11y.lng.barRanked': '{country}（{rank}）：{value}',
}
