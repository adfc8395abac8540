import { describe, expect, it } from 'vitest'

import { createFormatter } from '@/lib/format'
import { safeHttpUrl } from '@/lib/safe-url'

const en = createFormatter('en')

describe('formatDate', () => {
  it.each([
    ['2022-04-12', '12 Apr 2022'],
    ['2022-12-05', '5 Dec 2022'],
    ['not a date', 'not a date'],
  ])('%s → %s', (iso, expected) => {
    expect(en.date(iso)).toBe(expected)
  })
})

describe('formatDateRange', () => {
  it.each([
    ['2022-02-23', '2022-12-05', '23 Feb – 5 Dec 2022'],
    ['2021-12-01', '2022-01-31', '1 Dec 2021 – 31 Jan 2022'],
  ])('%s to %s → %s', (a, b, expected) => {
    expect(en.dateRange(a, b)).toBe(expected)
  })
})

describe('number', () => {
  it('groups thousands', () => {
    expect(en.number(1543.1)).toBe('1,543.1')
  })
})

describe('safeHttpUrl', () => {
  it.each([
    ['https://www.meti.go.jp/a', 'https://www.meti.go.jp/a'],
    ['http://example.org', 'http://example.org/'],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    ['data:text/html,hi', null],
    ['//evil.example', null],
    ['', null],
  ])('%s → %s', (url, expected) => {
    expect(safeHttpUrl(url)).toBe(expected)
  })
})
