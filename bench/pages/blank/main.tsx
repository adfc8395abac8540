// The floor for "first paint": a bare React root that renders one element, built with the same Vite config.
// It is marked the same way as the dashboard's first chart: in the frame after the element appears.
import { createRoot } from 'react-dom/client'

import { markWhenPresent } from '@/lib/perf-marks'

const root = document.getElementById('root')
markWhenPresent('h1', 'baseline-painted')
if (root !== null) createRoot(root).render(<h1>Japan&apos;s sanctions on Russia, 2022</h1>)
