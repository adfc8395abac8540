import { useCite } from '@/components/cite/cite-context'
import { formatBytes } from '@/data/load/dataset-limits'
import { describeSource, type DatasetSource } from '@/data/load/dataset-source'
import type { Meta } from '@/data/validate/schema'
import { LanguageSwitch } from '@/features/locale/language-switch'
import { useI18n } from '@/state/use-i18n'

interface DashboardHeaderProps {
  /** null: no dataset on screen (it is loading, or failed); the header is then the dashboard's own. */
  meta: Meta | null
  /** null: no dataset, so no sources to list (the button is disabled). */
  sourceCount: number | null
  onOpenSources: () => void
  source: DatasetSource | null
  onOpenDataset: () => void
  onBackToBundled: () => void
}

export function DashboardHeader(props: DashboardHeaderProps) {
  const { meta, sourceCount, onOpenSources, source } = props
  const { t, rich, fmt } = useI18n()
  const cite = useCite()
  const name = source === null ? null : <span className="source-name">{describeSource(t, source)}</span>
  return (
    <header className="site-header">
      <div className="site-header-text">
        <h1>{meta === null ? t('app.title') : meta.title}</h1>
        {meta?.subtitle === undefined ? null : <p className="subtitle">{meta.subtitle}</p>}
        {meta === null ? null : (
          <p className="as-of">
            {rich('app.asOf', {
              date: <time dateTime={meta.asOf}>{fmt.date(meta.asOf)}</time>,
              period: fmt.dateRange(meta.coverage.from, meta.coverage.to),
            })}
          </p>
        )}
        {source === null || source.kind === 'bundled' ? null : (
          <p className="loaded-from">
            <span>
              {source.kind === 'file'
                ? rich('app.loadedFromFile', { name, size: formatBytes(source.size) })
                : rich('app.loadedFrom', { name })}
            </span>
            <button type="button" onClick={props.onBackToBundled}>
              {t('app.backToBundled')}
            </button>
          </p>
        )}
      </div>
      <div className="header-actions">
        <LanguageSwitch />
        {cite === null ? null : (
          <button type="button" className="cite-button" aria-haspopup="dialog" onClick={() => cite()}>
            {t('cite.open')}
          </button>
        )}
        <button type="button" aria-haspopup="dialog" onClick={props.onOpenDataset}>
          {t('app.openDataset')}
        </button>
        <button
          type="button"
          className="button-primary"
          aria-haspopup="dialog"
          onClick={onOpenSources}
          disabled={sourceCount === null}
        >
          {sourceCount === null ? t('app.sourcesNone') : t('app.sources', { count: sourceCount })}
        </button>
      </div>
    </header>
  )
}
