import type { Confidence } from '@/data/validate/schema'
import { useI18n } from '@/state/use-i18n'

/** The catalogue key naming each confidence level. */
export const CONFIDENCE_KEYS = {
  high: 'confidence.high',
  medium: 'confidence.medium',
  low: 'confidence.low',
} as const satisfies Record<Confidence, string>

/** Confidence in words beside a mark, so it never rests on colour alone. */
export function ConfidenceBadge({ confidence }: { confidence: Confidence }) {
  const { t } = useI18n()
  return <span className={`badge badge-${confidence}`}>{t(CONFIDENCE_KEYS[confidence])}</span>
}
