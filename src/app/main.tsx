import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'

import { App } from '@/app/app'
import { Providers } from '@/app/providers'
import '@/app/app.css'
import '@/app/print/print.css'
import { handOverFromPrerender } from '@/app/prerender-handover'
import { FIRST_CHART_MARK, FIRST_CHART_SELECTOR, markWhenPresent } from '@/lib/perf-marks'
import { loadCatalogue } from '@/lib/i18n/catalogues'
import { initialLocale, startLocale } from '@/state/locale'
import { loadViewFromLocation } from '@/state/use-url-sync'

const root = document.getElementById('root')
if (root === null) throw new Error('index.html has no #root element')

function render(container: HTMLElement) {
  handOverFromPrerender()
  loadViewFromLocation(choice.notices)
  createRoot(container).render(
    <StrictMode>
      <Providers>
        <App />
      </Providers>
    </StrictMode>,
  )
}

const choice = initialLocale()
markWhenPresent(FIRST_CHART_SELECTOR, FIRST_CHART_MARK)
// English renders at once; another language first loads its catalogue (one small chunk). If that
// fails (offline), the page still opens, in English.
if (choice.locale === 'en') {
  startLocale(choice)
  render(root)
} else {
  loadCatalogue(choice.locale)
    .then(
      () => startLocale(choice),
      () => undefined,
    )
    .finally(() => render(root))
}
