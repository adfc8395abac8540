/**
 * Opening the "Cite" dialog from anywhere below the app shell (the header, a figure's export menu) without
 * those components knowing the store: the shell provides the opener, they call it.
 */
import { createContext, useContext } from 'react'

import type { EmbedFigure } from '@/lib/embed-figures'

export interface CiteTarget {
  /** When one figure is cited: its title and its id on the page (the link's #fragment). */
  figure?: { title: string; anchor: string }
  /** Set to give the figure's <iframe> snippet ("Embed"), not its citation. */
  embed?: EmbedFigure
  /** Where focus goes when the dialog closes, when the element that opened it is gone (a closed menu). */
  returnFocus?: HTMLElement | null
}

export type OpenCite = (target?: CiteTarget) => void

export const CiteContext = createContext<OpenCite | null>(null)

/** The opener of the "Cite" dialog, or null where the shell offers none (a figure rendered alone). */
export function useCite(): OpenCite | null {
  return useContext(CiteContext)
}
