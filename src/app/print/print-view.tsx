import { useMemo } from 'react'

import { usePrinted } from '@/components/print/use-printing'
import { describeFilter } from '@/data/shape/describe-filter'
import type { Meta } from '@/data/validate/schema'
import { viewPermalink } from '@/state/permalink'
import { useDashboardStore } from '@/state/store'
import { useI18n } from '@/state/use-i18n'

/**
 * At the top of a printout, in place of the filter controls: the filters in words and the link that opens
 * this view. Mounted when the page is first printed; shown only in print.
 */
export function PrintView({ meta }: { meta: Meta }) {
  const printed = usePrinted()
  return printed ? <PrintViewLines meta={meta} /> : null
}

function PrintViewLines({ meta }: { meta: Meta }) {
  const i18n = useI18n()
  const { t, locale } = i18n
  const view = useDashboardStore((s) => s.view)
  const era = useDashboardStore((s) => s.era)
  const url = useMemo(() => viewPermalink(view, { locale, era }, window.location), [view, locale, era])
  return (
    <div className="print-only print-view">
      <p>{t('print.filters', { filters: describeFilter(i18n, view, meta) })}</p>
      <p>{t('print.link', { url })}</p>
    </div>
  )
}
