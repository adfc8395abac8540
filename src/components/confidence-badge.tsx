import type { Confidence } from '@/data/schema'

const LABELS: Record<Confidence, string> = {
  high: 'High confidence',
  medium: 'Medium confidence',
  low: 'Low confidence',
}

/** Confidence in words beside a mark, so it never rests on colour alone. */
export function ConfidenceBadge({ confidence }: { confidence: Confidence }) {
  return <span className={`badge badge-${confidence}`}>{LABELS[confidence]}</span>
}
