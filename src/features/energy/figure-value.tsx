import { Fragment, useId, useRef, useState, type ReactNode } from 'react'

import { ConfidenceBadge } from '@/components/confidence-badge'
import type { Figure, Source } from '@/data/validate/schema'
import { makeSourceLabeler } from '@/data/shape/source-labels'
import { useI18n } from '@/state/use-i18n'

import { formatAlternative, formatFigure, semicolonList } from './energy-data'
import { placePop } from './pop-placement'
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
  const popRef = useRef<HTMLSpanElement>(null)
  const open = (wrapper: HTMLElement) => {
    setDismissed(false)
    if (popRef.current !== null) placeInPanel(wrapper, popRef.current, align)
  }
  const i18n = useI18n()
  const { t, parts, fmt } = i18n
  if (figure === null) return <span className="energy-missing">{t('energy.missing')}</span>
  const sourceLabel = makeSourceLabeler(sources, fmt.list)
  const value = children ?? formatFigure(i18n, figure)
  const shown = figure.derived
    ? parts('energy.figure.valueDerived', {
        value,
        derived: <span className="fig-derived">{t('energy.basis.derived')}</span>,
      })
    : [value]
  const popParams = { label, value: formatFigure(i18n, figure) }

  return (
    <span
      className={`fig${dismissed ? ' fig-dismissed' : ''}`}
      onMouseEnter={(e) => open(e.currentTarget)}
      onMouseLeave={() => setDismissed(false)}
      onFocus={(e) => open(e.currentTarget)}
    >
      <button
        type="button"
        className="fig-value"
        aria-describedby={popId}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setDismissed(true)
        }}
      >
        {shown.map((piece, i) => (
          <Fragment key={i}>{piece}</Fragment>
        ))}
      </button>
      <span id={popId} ref={popRef} className={`fig-pop fig-pop-${align}`}>
        <span className="fig-pop-label">
          {figure.derived ? t('energy.figure.labelDerived', popParams) : t('energy.figure.label', popParams)}
        </span>
        <span className="fig-pop-line">
          <ConfidenceBadge confidence={figure.confidence} />
        </span>
        <span className="fig-pop-line">
          {parts('energy.source', {
            links: <SourceLinks key="links" ids={figure.sourceIds} sources={sources} />,
          })}
        </span>
        {figure.alternatives.length === 0 ? null : (
          <span className="fig-pop-line">
            {t('energy.figure.alsoReported', {
              values: semicolonList(
                t,
                figure.alternatives.map((a) => formatAlternative(i18n, a, figure.unit, sourceLabel)),
              ),
            })}
          </span>
        )}
        {figure.note === undefined ? null : <span className="fig-pop-note">{figure.note}</span>}
      </span>
    </span>
  )
}

/**
 * Moves a pop-up so that it opens inside its panel, which clips it otherwise (see placePop). It is set
 * on the element, not through React state: it is layout, measured at the moment the pop-up opens.
 */
function placeInPanel(wrapper: HTMLElement, pop: HTMLElement, align: 'start' | 'end') {
  const panel = (wrapper.closest('.panel') ?? document.documentElement).getBoundingClientRect()
  const margin = 4
  const bounds = {
    left: Math.max(panel.left, 0) + margin,
    right: Math.min(panel.right, document.documentElement.clientWidth) - margin,
    top: panel.top + margin,
    bottom: panel.bottom - margin,
  }
  const hidden = getComputedStyle(pop).display === 'none'
  if (hidden) {
    pop.style.visibility = 'hidden'
    pop.style.display = 'block'
  }
  const size = { width: pop.offsetWidth, height: pop.offsetHeight }
  if (hidden) {
    pop.style.removeProperty('visibility')
    pop.style.removeProperty('display')
  }
  const placed = placePop(wrapper.getBoundingClientRect(), size, bounds, align)
  pop.style.left = `${placed.left}px`
  pop.style.right = 'auto'
  pop.classList.toggle('fig-pop-above', placed.above)
}
