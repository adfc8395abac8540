import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'

import { loadCatalogue } from '@/lib/i18n/catalogues'
import { getI18n } from '@/lib/i18n/i18n'

import { exportFileName } from '@/components/export/export-spec'
import { NO_FILTER } from '@/data/shape/filter'
import { makeSourceLabeler, makeSourceUrlLookup } from '@/data/shape/source-labels'
import { tallyToCsv } from '@/features/timeline/tally-csv'
import { seriesById, toTallyPoints } from '@/features/timeline/timeline-data'
import { estimateWidth, wrapText } from '@/lib/export/wrap-text'

import { loadDataset2022 } from '../../fixtures/bundled-dataset'

describe('wrapText', () => {
  it('keeps a short line whole', () => {
    expect(wrapText('Japan’s sanctions', 400, 20)).toEqual(['Japan’s sanctions'])
  })

  it('wraps on spaces so no line is wider than allowed', () => {
    const text = 'Russia’s retaliation: Japanese nationals banned from entering Russia, tranche by tranche'
    const lines = wrapText(text, 300, 16)
    expect(lines.length).toBeGreaterThan(1)
    expect(lines.join(' ')).toBe(text)
    for (const line of lines) expect(estimateWidth(line, 16)).toBeLessThanOrEqual(300)
  })

  it('cuts text without spaces (Japanese) by characters', () => {
    const lines = wrapText(
      '量子計算機その他の量子の特性を利用した装置及びその附属装置並びにこれらの部分品',
      200,
      20,
    )
    expect(lines.length).toBe(4)
    expect(lines.join('')).toBe(
      '量子計算機その他の量子の特性を利用した装置及びその附属装置並びにこれらの部分品',
    )
  })
})

describe('exportFileName', () => {
  it.each([
    ['png', 'japan-russia-sanctioned-individuals-2022-02-23_2022-12-05.png'],
    ['svg', 'japan-russia-sanctioned-individuals-2022-02-23_2022-12-05.svg'],
    ['csv', 'japan-russia-sanctioned-individuals-2022-02-23_2022-12-05.csv'],
  ] as const)('names a %s by what and when', (ext, expected) => {
    const spec = {
      fileStem: 'japan-russia-sanctioned-individuals',
      period: { from: '2022-02-23', to: '2022-12-05' },
    }
    expect(exportFileName(spec, ext)).toBe(expected)
  })

  it('marks a Japanese export in its (ASCII) file name', () => {
    const spec = {
      fileStem: 'japan-russia-sanctioned-individuals',
      period: { from: '2022-02-23', to: '2022-12-05' },
    }
    expect(exportFileName(spec, 'png', 'ja')).toBe(
      'japan-russia-sanctioned-individuals-2022-02-23_2022-12-05-ja.png',
    )
  })
})

describe('tallyToCsv', () => {
  it('writes the chart’s points with a header, the unit and source URLs', () => {
    const dataset = loadDataset2022()
    const def = seriesById('individuals')
    const points = toTallyPoints(dataset.measures, def, { ...NO_FILTER, from: '2022-04-01' })
    const csv = tallyToCsv(
      getI18n('en'),
      points,
      def,
      makeSourceUrlLookup(dataset.sources),
      makeSourceLabeler(dataset.sources),
    )
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true })
    expect(parsed.errors).toEqual([])
    expect(parsed.data.map((r) => [r.announced, r.unit, r.added, r.running_total, r.reported_total])).toEqual(
      [
        ['2022-04-12', 'persons', '398', '499', '499'],
        ['2022-05-10', 'persons', '141', '640', ''],
        ['2022-10-07', 'persons', '81', '721', '903'],
      ],
    )
    expect(parsed.data[2]?.reported_differs_from_sum).toBe('true')
    expect(parsed.data.every((r) => /^https?:\/\//.test(r.source_urls ?? ''))).toBe(true)
  })

  it('writes Japanese headers and units for a Japanese reader, with the same values', async () => {
    await loadCatalogue('ja')
    const dataset = loadDataset2022()
    const def = seriesById('individuals')
    const points = toTallyPoints(dataset.measures, def, { ...NO_FILTER, from: '2022-04-01' })
    const csv = tallyToCsv(
      getI18n('ja'),
      points,
      def,
      makeSourceUrlLookup(dataset.sources),
      makeSourceLabeler(dataset.sources),
    )
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true })
    expect(parsed.meta.fields?.slice(0, 4)).toEqual(['発表日', '単位', '追加数', '累計'])
    expect(parsed.data[0]).toMatchObject({ 発表日: '2022-04-12', 単位: '人', 追加数: '398', 累計: '499' })
  })
})

describe('Japanese line breaking in exported text', () => {
  it('never starts a line with closing punctuation nor ends one with an opening bracket', () => {
    const text =
      '日本のLNG輸入に占めるロシアの割合（2021年）、供給国別。出典：経済産業省「エネルギー白書」による。'
    for (const width of [60, 80, 100, 120, 140, 160, 200, 240]) {
      const lines = wrapText(text, width, 12)
      expect(lines.join('')).toBe(text)
      for (const [i, line] of lines.entries()) {
        if (i > 0) expect(line, `line ${i} at width ${width}`).not.toMatch(/^[、。）」：]/)
        if (i < lines.length - 1) expect(line, `line ${i} at width ${width}`).not.toMatch(/[（「]$/)
      }
    }
  })
})
