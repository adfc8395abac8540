import { queryOptions } from '@tanstack/react-query'

import type { DesignationsFile } from '@/data/official/read-designations'
import { yieldToMain } from '@/lib/idle'

/** The official lists, name by name (npm run convert:official): fetched only when their panel is shown. */
export const DESIGNATIONS_URL = 'data/designations.json'

export const designationsQueryOptions = () =>
  queryOptions({
    queryKey: ['designations', DESIGNATIONS_URL],
    queryFn: async ({ signal }): Promise<DesignationsFile> => {
      const response = await fetch(DESIGNATIONS_URL, { signal, headers: { Accept: 'application/json' } })
      if (!response.ok) throw new Error(`HTTP ${response.status}`)
      const json: unknown = await response.json()
      // The checker (and zod) load with the panel, never with the first screen.
      const { readDesignationsInSteps } = await import('@/data/official/read-designations')
      return readDesignationsInSteps(json, yieldToMain)
    },
    staleTime: Infinity,
    gcTime: Infinity,
  })
