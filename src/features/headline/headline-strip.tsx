import { memo, useId, useMemo, useState, type ReactNode } from 'react'
import { useShallow } from 'zustand/react/shallow'

import { CONFIDENCE_KEYS } from '@/components/confidence-badge'
import { QUALIFIER_KEYS } from '@/data/labels'
import type { MeasureFilter } from '@/data/shape/filter'
import { toHeadline, type HeadlineTally } from '@/data/shape/headline'
import { sourceLine } from '@/data/shape/source-labels'
import type { Dataset, Dependency, Source } from '@/data/validate/schema'
import { useDashboardStore } from '@/state/store'
import { useI18n, type ReactI18n } from '@/state/use-i18n'

import './headline.css'

/**
 * The current totals, above the panels: Japan's main tallies and Russia's latest share of Japan's LNG imports,
 * as of the end of the selected dates. Each figure names its date; its sources and confidence show on hover
 * or focus. Every number is shaped from the dataset (src/data/shape/headline.ts), as the charts' are.
 */
export const HeadlineStrip = memo(function HeadlineStrip({ dataset }: { dataset: Dataset }) {
  const i18n = useI18n()
  const { t, fmt } = i18n
  const view = useDashboardStore(
    useShallow((s) => ({ types: s.view.types, from: s.view.from, to: s.view.to })),
  )
  const filter: MeasureFilter = useMemo(
    () => ({ types: view.types, from: view.from, to: view.to }),
    [view.types, view.from, view.to],
  )
  const headline = useMemo(() => toHeadline(dataset, filter), [dataset, filter])
  const end = <time dateTime={headline.end}>{fmt.date(headline.end)}</time>
  return (
    <section className="headline" aria-labelledby="headline-title">
      <div className="headline-head">
        <h2 id="headline-title">{t('headline.title')}</h2>
        <p className="headline-end">
          {i18n.rich(headline.endChosen ? 'headline.asOfChosen' : 'headline.asOfData', { date: end })}
        </p>
      </div>
      <ul className="headline-figures">
        {headline.tallies.map((tally) => (
          <li key={tally.series.id}>
            <TallyFigure tally={tally} end={headline.end} sources={dataset.sources} i18n={i18n} />
          </li>
        ))}
        {headline.lngShare === null ? null : (
          <li>
            <ShareFigure share={headline.lngShare} sources={dataset.sources} i18n={i18n} />
          </li>
        )}
      </ul>
      {headline.hidden > 0 ? (
        <p className="headline-hidden">{t('headline.hidden', { count: headline.hidden })}</p>
      ) : null}
    </section>
  )
})

interface FigureProps {
  sources: readonly Source[]
  i18n: ReactI18n
}

function TallyFigure({ tally, end, sources, i18n }: FigureProps & { tally: HeadlineTally; end: string }) {
  const { t, fmt } = i18n
  const { asOf, since, largest } = tally
  const label = t(tally.series.words.label)
  return (
    <Figure
      value={fmt.number(tally.total)}
      label={label}
      note={
        largest === null
          ? null
          : t('headline.largest', {
              added: fmt.number(largest.added),
              total: fmt.number(largest.total),
              date: fmt.date(largest.date),
            })
      }
      asOf={
        asOf === null
          ? t('headline.noTranche', { date: fmt.date(end) })
          : i18n.rich('headline.figureAsOf', { date: <time dateTime={asOf}>{fmt.date(asOf)}</time> })
      }
      details={[
        since === null || asOf === null
          ? null
          : tally.tranches === 1
            ? t('headline.sumOne', { date: fmt.date(asOf) })
            : t('headline.sumMany', { count: tally.tranches, from: fmt.date(since), to: fmt.date(asOf) }),
        sourceLine(i18n, sources, tally.sourceIds, { max: 4 }),
        tally.confidence === null
          ? null
          : t('headline.lowest', { confidence: t(CONFIDENCE_KEYS[tally.confidence]) }),
      ]}
    />
  )
}

function ShareFigure({ share, sources, i18n }: FigureProps & { share: Dependency }) {
  const { t, fmt } = i18n
  const figure = share.share
  const percent = t('headline.percent', { value: fmt.number(figure.value) })
  // The qualifier's wording is in the first screen's catalogue: the energy panel's comes later.
  const value = t(QUALIFIER_KEYS[figure.qualifier], { value: percent })
  const year = `${share.year}-01-01`
  return (
    <Figure
      value={value}
      label={share.label}
      asOf={t('headline.lngYear', { year: fmt.year(year) })}
      details={[
        sourceLine(i18n, sources, figure.sourceIds, { max: 4 }),
        `${t(CONFIDENCE_KEYS[figure.confidence])}.`,
        figure.derived ? t('headline.derived') : null,
      ]}
    />
  )
}

interface FigureViewProps {
  value: string
  label: string
  asOf: ReactNode
  /** A line under the date: the largest tranche and the total it made. */
  note?: string | null
  /** Sentences shown on hover or focus, and read as the Sources button's description. */
  details: ReadonlyArray<string | null>
}

/** One figure: the number, what it counts, its date; its sources and confidence in a tooltip. */
function Figure({ value, label, asOf, note = null, details }: FigureViewProps) {
  const { t } = useI18n()
  const tipId = `${useId()}-tip`
  // Escape hides the tooltip without moving focus (WCAG 1.4.13); leaving the figure resets it.
  const [dismissed, setDismissed] = useState(false)
  return (
    <div
      className={dismissed ? 'headline-figure tip-dismissed' : 'headline-figure'}
      onMouseLeave={() => setDismissed(false)}
      onBlur={() => setDismissed(false)}
    >
      <p className="headline-value">{value}</p>
      <p className="headline-label">{label}</p>
      {note === null ? null : <p className="headline-note">{note}</p>}
      <p className="headline-asof">
        {asOf}{' '}
        <button
          type="button"
          className="headline-sources"
          aria-label={t('headline.details', { label })}
          aria-describedby={tipId}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setDismissed(true)
          }}
        >
          {t('headline.detailsButton')}
        </button>
      </p>
      <div id={tipId} role="tooltip" className="headline-tip">
        {details.map((d, i) => (d === null ? null : <p key={i}>{d}</p>))}
      </div>
    </div>
  )
}
