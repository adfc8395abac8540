import { useQuery } from '@tanstack/react-query'

import { designationsQueryOptions } from '@/data/load/designations-query'
import { useI18n } from '@/state/use-i18n'

import { ListedSearch } from './listed-search'

/** "Who is listed": Japan's official lists, name by name, loaded when this panel is shown. */
export function ListedPanel() {
  const { t } = useI18n()
  const query = useQuery(designationsQueryOptions())
  if (query.isPending) {
    return (
      <p role="status" className="panel-loading">
        {t('listed.loading')}
      </p>
    )
  }
  if (query.isError) {
    return (
      <div role="alert" className="notice notice-error">
        <p>{t('listed.error', { message: query.error.message })}</p>
        <button type="button" onClick={() => void query.refetch()}>
          {t('listed.retry')}
        </button>
      </div>
    )
  }
  return <ListedSearch file={query.data} />
}
