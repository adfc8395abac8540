import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'

import { App } from '@/app/app'
import { Providers } from '@/app/providers'
import '@/app/app.css'
import { handOverFromPrerender } from '@/app/prerender-handover'
import { FIRST_CHART_MARK, FIRST_CHART_SELECTOR, markWhenPresent } from '@/lib/perf-marks'
import { loadViewFromLocation } from '@/state/use-url-sync'

const root = document.getElementById('root')
if (root === null) throw new Error('index.html has no #root element')

markWhenPresent(FIRST_CHART_SELECTOR, FIRST_CHART_MARK)
handOverFromPrerender()
loadViewFromLocation()
createRoot(root).render(
  <StrictMode>
    <Providers>
      <App />
    </Providers>
  </StrictMode>,
)
