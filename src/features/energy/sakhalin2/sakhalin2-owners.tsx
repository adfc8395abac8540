import { useId } from 'react'

import type { Shareholder, Source } from '@/data/validate/schema'
import { useI18n } from '@/state/use-i18n'

import { FigureValue } from '@/features/energy/figure-value'
import { SourceLinks } from '@/features/energy/source-links'

interface Sakhalin2OwnersProps {
  shareholders: readonly Shareholder[]
  sources: readonly Source[]
}

/** Colours tell the segments apart; each segment also carries its name, so none rests on colour alone. */
const SEGMENT_COLOURS = ['#a8002a', '#4a5a72', '#2d4f7c', '#3d6b99', '#5b4a7a', '#2f6b5a']

/** Who owned Sakhalin-2 before the 2022 takeover, as one stacked bar, and what became of each stake. */
export function Sakhalin2Owners({ shareholders, sources }: Sakhalin2OwnersProps) {
  const titleId = useId()
  const { t, parts, fmt } = useI18n()
  const ordered = [...shareholders].sort((a, b) => b.stake.value - a.stake.value)
  return (
    <section className="s2-owners" aria-labelledby={titleId}>
      <h4 id={titleId}>{t('energy.s2.owners.title')}</h4>
      {ordered.length === 0 ? (
        <p className="energy-missing">{t('energy.s2.owners.missing')}</p>
      ) : (
        <>
          <div className="s2-stake-bar" aria-hidden="true">
            {ordered.map((s, i) => (
              <span
                key={s.id}
                className="s2-stake-segment"
                style={{
                  width: `${Math.min(100, s.stake.value)}%`,
                  background: SEGMENT_COLOURS[i % SEGMENT_COLOURS.length],
                }}
              >
                <span className="s2-stake-name">{s.name}</span>
                <span className="s2-stake-value">{fmt.percent(s.stake.value)}</span>
              </span>
            ))}
          </div>
          <ul className="s2-owner-list">
            {ordered.map((s) => (
              <li key={s.id}>
                <p className="s2-owner-head">
                  <strong>{s.name}</strong>{' '}
                  <FigureValue
                    figure={s.stake}
                    label={t('energy.s2.owners.stake', { name: s.name })}
                    sources={sources}
                  >
                    {s.stakeLabel}
                  </FigureValue>
                </p>
                <p className="s2-owner-outcome">{s.outcome}</p>
                <p className="s2-owner-source">
                  {parts('energy.source', {
                    links: <SourceLinks key="links" ids={s.sourceIds} sources={sources} />,
                  })}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
