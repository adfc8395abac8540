import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'

import { App } from '@/app/app'
import { Providers } from '@/app/providers'
import '@/app/app.css'
import { loadViewFromLocation } from '@/state/use-url-sync'

const root = document.getElementById('root')
if (root === null) throw new Error('index.html has no #root element')

loadViewFromLocation()
createRoot(root).render(
  <StrictMode>
    <Providers>
      <App />
    </Providers>
  </StrictMode>,
)
