import { act, render } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

import { getI18n } from '@/lib/i18n/i18n'
import { say } from '@/lib/i18n/said'
import { useDashboardStore } from '@/state/store'
import { SEARCH_URL_DELAY_MS, loadViewFromLocation, urlForView, useUrlSync } from '@/state/use-url-sync'
import { DEFAULT_VIEW_STATE } from '@/state/url-state'

function Sync() {
  useUrlSync()
  return null
}

describe('URL sync', () => {
  it('pushes a history entry for each change of view, leaving other parameters alone', () => {
    window.history.replaceState(null, '', '/?lang=ja#goods')
    render(<Sync />)
    const before = window.history.length
    act(() => useDashboardStore.getState().setTypes(['export_ban']))
    expect(window.location.search).toBe('?types=export_ban&lang=ja')
    expect(window.location.hash).toBe('#goods')
    expect(window.history.length).toBe(before + 1)
    act(() => useDashboardStore.getState().setTypes(['export_ban']))
    expect(window.history.length).toBe(before + 1)
  })

  it('writes a goods search once typing pauses: one new entry for the search, then replaced', () => {
    vi.useFakeTimers()
    try {
      window.history.replaceState(null, '', '/')
      render(<Sync />)
      const before = window.history.length
      for (const text of ['q', 'qu', 'qua']) act(() => useDashboardStore.getState().setGoodsSearch(text))
      expect(window.location.search).toBe('')
      act(() => vi.advanceTimersByTime(SEARCH_URL_DELAY_MS))
      expect(window.location.search).toBe('?q=qua')
      expect(window.history.length).toBe(before + 1)
      act(() => useDashboardStore.getState().setGoodsSearch('quantum'))
      act(() => vi.advanceTimersByTime(SEARCH_URL_DELAY_MS))
      expect(window.location.search).toBe('?q=quantum')
      expect(window.history.length).toBe(before + 1)
    } finally {
      vi.useRealTimers()
    }
  })

  it('restores the view when the browser goes back or forward (popstate)', () => {
    render(<Sync />)
    window.history.replaceState(null, '', '/?series=banks&tview=table')
    act(() => window.dispatchEvent(new PopStateEvent('popstate')))
    expect(useDashboardStore.getState().view).toMatchObject({ series: 'banks', timelineView: 'table' })
  })

  it('reads the opening URL, reports what it ignored and cleans the address bar', () => {
    window.history.replaceState(null, '', '/?types=export_ban,bogus&foo=1&data=https://x.example/d.json')
    loadViewFromLocation()
    const { view, urlNotices } = useDashboardStore.getState()
    expect(view.types).toEqual(['export_ban'])
    const said = urlNotices.map((n) => say(getI18n('en').t, n)).join(' ')
    expect(said).toMatch(/"bogus"/)
    expect(said).toMatch(/"foo"/)
    expect(new URLSearchParams(window.location.search).get('data')).toBe('https://x.example/d.json')
    expect(window.location.search).toMatch(/^\?types=export_ban&data=/)
  })

  it('builds the default view as a bare path', () => {
    expect(urlForView(DEFAULT_VIEW_STATE, { pathname: '/app/', search: '?types=', hash: '' })).toBe('/app/')
  })
})
