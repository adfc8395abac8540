import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
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

/** `render` with a fresh QueryClient around the UI (panels that fetch the official lists on demand). */
export function renderWithQuery(ui: ReactElement, options: RenderOptions = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  return render(<QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>, options)
}
