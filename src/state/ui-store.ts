import { create } from 'zustand'

/** UI state that is not worth sharing by link. Shareable view state goes in the URL (see issue #3). */
interface UiState {
  sourcesOpen: boolean
  openSources: () => void
  closeSources: () => void
}

export const useUiStore = create<UiState>()((set) => ({
  sourcesOpen: false,
  openSources: () => set({ sourcesOpen: true }),
  closeSources: () => set({ sourcesOpen: false }),
}))
