import { QueryClient } from '@tanstack/react-query'
import { render, type RenderOptions } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactElement } from 'react'

import { Providers } from '@/app/providers'

/** Renders inside the app's providers with a fresh QueryClient that never retries. */
export function renderWithProviders(ui: ReactElement, options: RenderOptions = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const user = userEvent.setup()
  const result = render(<Providers client={queryClient}>{ui}</Providers>, options)
  return { ...result, user, queryClient }
}
