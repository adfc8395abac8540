import { describe, expect, it } from 'vitest'

import { createFormatter } from '@/lib/format'

const en = createFormatter('en')
const ja = createFormatter('ja')
const reiwa = createFormatter('ja', { era: true })

describe('locale formatting', () => {
  it.each([
    [en, '12 Apr 2022'],
    [ja, '2022年4月12日'],
    [reiwa, '令和4年4月12日'],
  ])('formats a date', (f, expected) => {
    expect(f.date('2022-04-12')).toBe(expected)
  })

  it('ignores era years outside Japanese', () => {
    expect(createFormatter('en', { era: true }).date('2019-05-01')).toBe('1 May 2019')
    expect(reiwa.date('2019-04-30')).toBe('平成31年4月30日')
  })

  it.each([
    [en, '2022-02-23', '2022-12-05', '23 Feb – 5 Dec 2022'],
    [en, '2022-02-23', '2023-01-05', '23 Feb 2022 – 5 Jan 2023'],
    [ja, '2022-02-23', '2022-12-05', '2022年2月23日～12月5日'],
    [ja, '2022-02-23', '2023-01-05', '2022年2月23日～2023年1月5日'],
    [reiwa, '2022-02-23', '2022-12-05', '令和4年2月23日～12月5日'],
  ])('formats a range', (f, from, to, expected) => {
    expect(f.dateRange(from, to)).toBe(expected)
  })

  it('formats months and numbers', () => {
    expect(en.month('2022-04-12')).toBe('Apr 2022')
    expect(ja.month('2022-04-12')).toBe('2022年4月')
    expect(reiwa.month('2022-04-12')).toBe('令和4年4月')
    expect(en.number(12345)).toBe('12,345')
    expect(ja.number(12345)).toBe('12,345')
    expect(ja.percent(8.83)).toBe('8.8%')
  })

  it('leaves a non-date as written', () => {
    expect(ja.date('soon')).toBe('soon')
  })
})
