import { describe, expect, it } from 'vitest'

import { viewPermalink } from '@/state/permalink'
import { DEFAULT_VIEW_STATE, parseViewState, type ViewState } from '@/state/url-state'

const view = (o: Partial<ViewState> = {}): ViewState => ({ ...DEFAULT_VIEW_STATE, ...o })
const at = (search = '') => ({ origin: 'https://example.org', pathname: '/dash/', search })

describe('the permalink of a view', () => {
  it('is the page address with the language, even when the address bar has none', () => {
    expect(viewPermalink(view(), { locale: 'en', era: false }, at())).toBe(
      'https://example.org/dash/?lang=en',
    )
    expect(viewPermalink(view(), { locale: 'ja', era: true }, at('?lang=en'))).toBe(
      'https://example.org/dash/?lang=ja&era=1',
    )
  })

  it('carries the filters and views, keeps the dataset link, and reads back to the same view', () => {
    const shown = view({
      types: ['asset_freeze'],
      from: '2023-01-01',
      series: 'banks',
      timelineView: 'table',
    })
    const url = viewPermalink(
      shown,
      { locale: 'ja', era: false },
      at('?types=export_ban&data=https%3A%2F%2Fdata.example%2Fd.json&q=old'),
      'japan-russia-asset-freeze-banks',
    )
    expect(url).toBe(
      'https://example.org/dash/?types=asset_freeze&from=2023-01-01&series=banks&tview=table' +
        '&data=https%3A%2F%2Fdata.example%2Fd.json&lang=ja#japan-russia-asset-freeze-banks',
    )
    const parsed = new URL(url)
    expect(parseViewState(parsed.search)).toEqual({ state: shown, notices: [] })
  })
})
