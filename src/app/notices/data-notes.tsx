import { SourceLink } from '@/components/source-link'
import { describeCheck, type ConsistencyCheck } from '@/data/shape/consistency'
import type { Dataset } from '@/data/validate/schema'
import type { ReportInput } from '@/data/validate/validation-report'
import { DownloadReportButton } from '@/features/dataset-source/download-report-button'
import { useI18n } from '@/state/use-i18n'

interface DataNotesProps {
  /** The dataset on screen, in the reader's language: the records and sources the findings name. */
  dataset: Dataset
  checks: readonly ConsistencyCheck[]
  /** The downloadable report (rejected records and every check). */
  report: ReportInput
}

/** Findings listed on the page; a dataset with more is summed up by a count (the report holds them all). */
const MISMATCHES_SHOWN = 200

/** Every record a finding rests on, each once: the measure that reports the figure first. */
function recordsOf(c: ConsistencyCheck): string[] {
  switch (c.kind) {
    case 'total':
      return [...new Set([c.measureId, ...c.recordIds, ...c.unknownSizeIds])]
    case 'goods-count':
      return [c.measureId, ...c.goodsIds]
    case 'country-split':
      return [c.measureId]
  }
}

/**
 * Where the dataset's reported totals and its own records disagree, beside the timeline that draws them:
 * the count always in sight, each finding with its records and sources on request. Nothing is corrected.
 */
export function DataNotes({ dataset, checks, report }: DataNotesProps) {
  const i18n = useI18n()
  const { t } = i18n
  if (checks.length === 0) return null
  const mismatches = checks.filter((c) => !c.ok)
  const title = <strong>{t('dataset.notes.title', { count: mismatches.length })}</strong>
  if (mismatches.length === 0) {
    return (
      <p className="data-notes">
        {title} {t('dataset.consistency.allMatch', { count: checks.length })}
      </p>
    )
  }
  const measures = new Map(dataset.measures.map((m) => [m.id, m]))
  const sources = new Map(dataset.sources.map((s) => [s.id, s]))
  return (
    <div className="data-notes">
      <details>
        <summary>
          {title} {t('dataset.consistency.mismatches', { count: mismatches.length, checked: checks.length })}{' '}
          <span className="data-notes-show">{t('dataset.consistency.showWhich')}</span>
        </summary>
        <p>{t('dataset.consistency.explain')}</p>
        <ol className="data-notes-list">
          {mismatches.slice(0, MISMATCHES_SHOWN).map((c) => {
            const cited = (measures.get(c.measureId)?.sourceIds ?? []).flatMap((id) => sources.get(id) ?? [])
            return (
              <li key={`${c.kind}-${c.measureId}`}>
                <p>{describeCheck(i18n, c)}</p>
                <p className="data-notes-records">
                  {t('dataset.notes.records', { ids: recordsOf(c).join(', ') })}
                </p>
                {cited.length === 0 ? (
                  <p>{t('dataset.notes.noSources')}</p>
                ) : (
                  <p>
                    {t('dataset.notes.sources')}{' '}
                    {cited.map((s, i) => (
                      <span key={s.id}>
                        {i > 0 ? ' · ' : null}
                        <SourceLink url={s.url}>{s.title}</SourceLink> ({s.publisher})
                      </span>
                    ))}
                  </p>
                )}
              </li>
            )
          })}
        </ol>
        {mismatches.length > MISMATCHES_SHOWN ? (
          <p>{t('dataset.consistency.more', { count: mismatches.length - MISMATCHES_SHOWN })}</p>
        ) : null}
      </details>
      <div className="button-row">
        <DownloadReportButton {...report} />
      </div>
    </div>
  )
}
