// Types for bench/report.mjs, so the unit tests (TypeScript) can check the README's generated table.
export interface Check {
  field: string
  max: number
  unit: string
  name?: string
}
export interface Goal {
  label: string
  show: (figure: Record<string, unknown>) => string
  checks: Check[]
}
export interface BenchResults {
  date: string
  machine: string
  runs: number
  figures: Record<string, Record<string, unknown>>
}
export const START: string
export const END: string
export const SUMMARY_START: string
export const SUMMARY_END: string
export const GOALS: Record<string, Goal>
export function goalText(goal: Goal): string
export function statusOf(goal: Goal, figure: Record<string, unknown> | undefined): string
export function renderTable(results: BenchResults): string
export function renderSummary(results: BenchResults): string
export function withTable(doc: string, results: BenchResults): string
export function withSummary(readme: string, results: BenchResults): string
export function writeReadmeTable(root: URL): Promise<void>
