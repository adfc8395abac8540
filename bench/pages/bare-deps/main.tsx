// The floor for "initial JavaScript": an app that imports the same libraries (and the same parts of
// them) as the dashboard's first screen, and nothing of its own. Built with the same Vite config.
import { QueryClient, QueryClientProvider, queryOptions, useQuery } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import { z } from 'zod'
import { create } from 'zustand'

const schema = z.object({ x: z.number(), y: z.number() }).array()
const useStore = create<{ n: number }>()(() => ({ n: 1 }))
const options = queryOptions({ queryKey: ['d'], queryFn: async () => schema.parse([{ x: 1, y: 2 }]) })

function Chart() {
  const n = useStore((s) => s.n)
  const { data = [] } = useQuery(options)
  return (
    <ResponsiveContainer width="100%" height={300}>
      <ComposedChart data={data}>
        <CartesianGrid />
        <XAxis dataKey="x" type="number" />
        <YAxis />
        <ReferenceLine x={n} />
        <Bar dataKey="y" />
        <Line dataKey="y" type="stepAfter" />
        <Tooltip />
      </ComposedChart>
    </ResponsiveContainer>
  )
}

const root = document.getElementById('root')
if (root !== null) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={new QueryClient()}>
        <Chart />
      </QueryClientProvider>
    </StrictMode>,
  )
}
