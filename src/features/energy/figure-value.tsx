import { useId, useState, type ReactNode } from 'react'

import { ConfidenceBadge } from '@/components/confidence-badge'
import type { Figure, Source } from '@/data/schema'
import { makeSourceLabeler } from '@/data/shape/source-labels'

import { MISSING, formatAlternative, formatFigure } from './energy-data'
import { SourceLinks } from './source-links'

interface FigureValueProps {
  /** null when the dataset lacks the record: says so instead of a number. */
  figure: Figure | null
  /** What the figure is, for the popover. */
  label: string
  sources: readonly Source[]
  /** The text shown, when it differs from the figure's value (e.g. "50% + 1 share"). */
  children?: ReactNode
  /** Which edge the popover lines up with: the end for figures near the right of the page. */
  align?: 'start' | 'end'
}

/**
 * A figure that shows its source, confidence and the other reported values on hover or focus. The
 * popover sits inside the same wrapper as the button, so a keyboard user can tab into its links and a
 * pointer can move onto it without it closing; Escape dismisses it.
 */
export function FigureValue({ figure, label, sources, children, align = 'start' }: FigureValueProps) {
  const popId = useId()
  const [dismissed, setDismissed] = useState(false)
  if (figure === null) return <span className="energy-missing">{MISSING}</span>
  const sourceLabel = makeSourceLabeler(sources)

  return (
    <span
      className={`fig${dismissed ? ' fig-dismissed' : ''}`}
      onMouseEnter={() => setDismissed(false)}
      onMouseLeave={() => setDismissed(false)}
    >
      <button
        type="button"
        className="fig-value"
        aria-describedby={popId}
        onFocus={() => setDismissed(false)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setDismissed(true)
        }}
      >
        {children ?? formatFigure(figure)}
        {figure.derived ? <span className="fig-derived"> derived</span> : null}
      </button>
      <span id={popId} className={`fig-pop fig-pop-${align}`}>
        <span className="fig-pop-label">
          {label}: {formatFigure(figure)}
          {figure.derived ? ' (derived: our arithmetic)' : ''}
        </span>
        <span className="fig-pop-line">
          <ConfidenceBadge confidence={figure.confidence} />
        </span>
        <span className="fig-pop-line">
          Source: <SourceLinks ids={figure.sourceIds} sources={sources} />
        </span>
        {figure.alternatives.length === 0 ? null : (
          <span className="fig-pop-line">
            Also reported:{' '}
            {figure.alternatives.map((a) => formatAlternative(a, figure.unit, sourceLabel)).join('; ')}
          </span>
        )}
        {figure.note === undefined ? null : <span className="fig-pop-note">{figure.note}</span>}
      </span>
    </span>
  )
}
