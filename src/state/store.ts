/**
 * The one store for UI state. Server data lives in react-query, never here.
 * The view slice is shareable: it mirrors the URL through use-url-sync.ts.
 */
import { create } from 'zustand'

import { BUNDLED_SOURCE, type DatasetSource } from '@/data/load/dataset-source'
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/locales'
import type { Said } from '@/lib/i18n/said'
import type { MeasureType } from '@/data/validate/schema'
import type { GoodsSort } from '@/data/goods/goods-index'
import {
  DEFAULT_VIEW_STATE,
  type Breakdown,
  type CountSource,
  type TimelineSeries,
  type ViewMode,
  type ViewState,
} from '@/state/url-state'

/** The names search's part of the view. */
export type NamesView = Pick<
  ViewState,
  'namesQuery' | 'namesList' | 'namesCountry' | 'namesFrom' | 'namesTo' | 'namesDelisted'
>

interface ViewSlice {
  view: ViewState
  /** Parameters of the opening URL that were ignored, in words. */
  urlNotices: Said[]
  setView: (view: ViewState, urlNotices?: Said[]) => void
  setTypes: (types: MeasureType[] | null) => void
  toggleType: (type: MeasureType, allTypes: readonly MeasureType[]) => void
  setRange: (range: { from?: string | null; to?: string | null }) => void
  setSeries: (series: TimelineSeries) => void
  setBreakdown: (breakdown: Breakdown) => void
  setTimelineView: (mode: ViewMode) => void
  setRetaliationView: (mode: ViewMode) => void
  clearFilters: () => void
  setGoodsSearch: (search: string) => void
  setGoodsCategories: (categories: string[] | null) => void
  setGoodsTranche: (tranche: string | null) => void
  setGoodsSort: (sort: GoodsSort) => void
  clearGoodsFilters: () => void
  setCounts: (counts: CountSource) => void
  /** The names search's fields, any of them at once. */
  setNames: (names: Partial<NamesView>) => void
  clearNames: () => void
  dismissUrlNotices: () => void
}

interface UiSlice {
  sourcesOpen: boolean
  openSources: () => void
  closeSources: () => void
}

/**
 * Where the dataset on screen came from. The dataset itself is not kept here: the bundled one lives in
 * react-query, an opened one with the loader that opened it. A URL source is mirrored by `?data=`.
 */
interface DatasetSourceSlice {
  datasetSource: DatasetSource
  setDatasetSource: (source: DatasetSource) => void
  datasetDialogOpen: boolean
  openDatasetDialog: () => void
  closeDatasetDialog: () => void
}

/**
 * The reader's language, and (Japanese only) era years. Set through state/locale.ts, which loads the
 * catalogue first and keeps the URL's `lang` and the remembered choice in step.
 */
interface LocaleSlice {
  locale: Locale
  era: boolean
  setLocale: (locale: Locale, era: boolean) => void
}

export type DashboardState = ViewSlice & UiSlice & DatasetSourceSlice & LocaleSlice

export const useDashboardStore = create<DashboardState>()((set) => ({
  view: DEFAULT_VIEW_STATE,
  urlNotices: [],
  setView: (view, urlNotices) => set((s) => ({ view, urlNotices: urlNotices ?? s.urlNotices })),
  setTypes: (types) => set((s) => ({ view: { ...s.view, types } })),
  toggleType: (type, allTypes) =>
    set((s) => {
      const current = s.view.types ?? allTypes
      const next = current.includes(type) ? current.filter((t) => t !== type) : [...current, type]
      // Every type ticked again is the default "all", so the URL stays short.
      const types = allTypes.every((t) => next.includes(t)) ? null : next
      return { view: { ...s.view, types } }
    }),
  setRange: (range) => set((s) => ({ view: { ...s.view, ...range } })),
  setSeries: (series) => set((s) => ({ view: { ...s.view, series } })),
  setBreakdown: (breakdown) => set((s) => ({ view: { ...s.view, breakdown } })),
  setTimelineView: (timelineView) => set((s) => ({ view: { ...s.view, timelineView } })),
  setRetaliationView: (retaliationView) => set((s) => ({ view: { ...s.view, retaliationView } })),
  clearFilters: () => set((s) => ({ view: { ...s.view, types: null, from: null, to: null } })),
  setGoodsSearch: (goodsSearch) => set((s) => ({ view: { ...s.view, goodsSearch } })),
  setGoodsCategories: (goodsCategories) => set((s) => ({ view: { ...s.view, goodsCategories } })),
  setGoodsTranche: (goodsTranche) => set((s) => ({ view: { ...s.view, goodsTranche } })),
  setGoodsSort: (goodsSort) => set((s) => ({ view: { ...s.view, goodsSort } })),
  clearGoodsFilters: () =>
    set((s) => ({
      view: {
        ...s.view,
        types: null,
        from: null,
        to: null,
        goodsSearch: '',
        goodsCategories: null,
        goodsTranche: null,
      },
    })),
  setCounts: (counts) => set((s) => ({ view: { ...s.view, counts } })),
  setNames: (names) => set((s) => ({ view: { ...s.view, ...names } })),
  clearNames: () =>
    set((s) => ({
      view: {
        ...s.view,
        namesQuery: '',
        namesList: null,
        namesCountry: null,
        namesFrom: null,
        namesTo: null,
        namesDelisted: false,
      },
    })),
  dismissUrlNotices: () => set({ urlNotices: [] }),

  sourcesOpen: false,
  openSources: () => set({ sourcesOpen: true }),
  closeSources: () => set({ sourcesOpen: false }),

  datasetSource: BUNDLED_SOURCE,
  setDatasetSource: (datasetSource) => set({ datasetSource }),
  datasetDialogOpen: false,
  openDatasetDialog: () => set({ datasetDialogOpen: true }),
  closeDatasetDialog: () => set({ datasetDialogOpen: false }),

  locale: DEFAULT_LOCALE,
  era: false,
  setLocale: (locale, era) => set({ locale, era }),
}))
