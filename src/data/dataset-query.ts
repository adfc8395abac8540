import { queryOptions } from '@tanstack/react-query'

import { BUNDLED_DATASET_URL, DatasetLoadError, fetchDataset } from '@/data/load/fetch-dataset'

export const datasetKeys = {
  all: ['dataset'] as const,
  byUrl: (url: string) => [...datasetKeys.all, url] as const,
}

/** A dataset never changes while the page is open, so it is never stale; only network failures retry. */
export const datasetQueryOptions = (url: string = BUNDLED_DATASET_URL) =>
  queryOptions({
    queryKey: datasetKeys.byUrl(url),
    queryFn: ({ signal }) => fetchDataset(url, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: (failures, error) => error instanceof DatasetLoadError && error.kind === 'network' && failures < 2,
  })
