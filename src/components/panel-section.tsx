import type { ReactNode } from 'react'

import { PanelBoundary } from '@/components/panel-boundary'

interface PanelSectionProps {
  id: string
  title: string
  description: string
  /** Notes on the panel's data, under its heading (e.g. where reported totals and records disagree). */
  notes?: ReactNode
  children: ReactNode
}

/** One landmark region per panel, named by its heading, with its own error boundary. */
export function PanelSection({ id, title, description, notes, children }: PanelSectionProps) {
  return (
    <section id={id} className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="panel-description">{description}</p>
      {notes}
      <PanelBoundary name={title}>{children}</PanelBoundary>
    </section>
  )
}
