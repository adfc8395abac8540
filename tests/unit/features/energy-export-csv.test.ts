import Papa from 'papaparse'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Dependency, EnergyFigure } from '@/data/validate/schema'
import { dependencyOf, figureById, publishedLngTonnes } from '@/data/shape/energy-figures'
import { toSupplierRows } from '@/data/shape/lng'
import { makeSourceLabeler, makeSourceUrlLookup } from '@/data/shape/source-labels'
import { lngToCsv } from '@/features/energy/lng/lng-csv'
import { phaseOutToCsv } from '@/features/energy/phase-out/phase-out-csv'
import { loadCatalogue } from '@/lib/i18n/catalogues'
import { getI18n } from '@/lib/i18n/i18n'

import { loadDataset2022 } from '../../fixtures/bundled-dataset'

const en = getI18n('en')
const dataset = loadDataset2022()
const { figures, lngSuppliers } = dataset.energy
const labeler = makeSourceLabeler(dataset.sources)
const urls = makeSourceUrlLookup(dataset.sources)
const total = figureById(figures, 'lng-japan-imports-2021')?.figure ?? null
const supplierRows = toSupplierRows(lngSuppliers, total, (c) => publishedLngTonnes(figures, c, 2021))

const parse = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true })
const URL_LIST = /^https?:\/\/\S+( https?:\/\/\S+)*$/

describe('lngToCsv', () => {
  it('round-trips through papaparse: a header with units, one row per supplier, source URLs', () => {
    const csv = lngToCsv(en.t, supplierRows, 2021, urls, labeler)
    expect(csv.split('\r\n')[0]).toBe(
      'rank,country,year,share_pct,tonnes_mt,tonnes_basis,confidence,tonnes_confidence,sources,source_urls',
    )
    const { data, errors } = parse(csv)
    expect(errors).toEqual([])
    expect(data).toHaveLength(lngSuppliers.length)
    expect(data[0]).toMatchObject({ rank: '1', country: 'Australia', share_pct: '35.8', tonnes_mt: '26.61' })
    expect(data[0]).toMatchObject({ tonnes_basis: 'derived', confidence: 'high', tonnes_confidence: 'low' })
    const russia = data.find((r) => r.country === 'Russia')
    expect(russia).toMatchObject({ rank: '5', year: '2021', share_pct: '8.8', tonnes_mt: '6.56' })
    expect(russia).toMatchObject({ tonnes_basis: 'published', tonnes_confidence: 'medium' })
    expect(russia?.sources).toBe('Tokyo Metropolitan Government, LNG Journal')
    expect(russia?.source_urls).toMatch(/lngjournal\.com/)
    // The remainder is last and has no rank; its derived tonnes cite the total's source too.
    expect(data.at(-1)).toMatchObject({ rank: '', country: 'Other', tonnes_basis: 'derived' })
    expect(data.at(-1)?.sources).toMatch(/Reuters/)
    for (const row of data) expect(row.source_urls).toMatch(URL_LIST)
  })

  it('without the total, leaves the tonnes empty rather than guessing', () => {
    const { data } = parse(lngToCsv(en.t, toSupplierRows(lngSuppliers, null), null, urls, labeler))
    expect(data[0]).toMatchObject({ year: '', tonnes_mt: '', tonnes_basis: '', tonnes_confidence: '' })
    expect(data[0]?.share_pct).toBe('35.8')
  })

  it('escapes a cell a spreadsheet would run as a formula', () => {
    const [first] = supplierRows
    if (first === undefined) throw new Error('no suppliers')
    const csv = lngToCsv(en.t, [{ ...first, country: '=HYPERLINK("x")' }], 2021, urls, labeler)
    expect(parse(csv).data[0]?.country).toBe(`'=HYPERLINK("x")`)
  })
})

describe('phaseOutToCsv', () => {
  const deps = (['crude_oil', 'coal', 'thermal_coal'] as const)
    .map((c) => dependencyOf(dataset.energy.dependencies, c))
    .filter((d): d is Dependency => d !== null)
  const rank = [figureById(figures, 'crude-russia-rank-2021')].filter((f): f is EnergyFigure => f !== null)
  const events = dataset.energy.events
    .filter((e) => e.subject === 'crude_oil' || e.subject === 'coal')
    .sort((a, b) => a.date.localeCompare(b.date))

  it('round-trips through papaparse: the figures with their units, then the numbered events', () => {
    const csv = phaseOutToCsv(en, deps, rank, events, dataset.measures, urls, labeler)
    expect(csv.split('\r\n')[0]).toBe(
      'record,number,date,year,commodity,label,value,unit,qualifier,also_reported,kind,confidence,sources,source_urls',
    )
    const { data, errors } = parse(csv)
    expect(errors).toEqual([])
    expect(data.map((r) => r.record)).toEqual([
      'dependency',
      'dependency',
      'dependency',
      'figure',
      'event',
      'event',
      'event',
      'event',
    ])
    expect(data[0]).toMatchObject({ commodity: 'crude_oil', year: '2021', value: '3.6', unit: '%' })
    expect(data[0]?.also_reported).toBe('about 4% (AP via The Hindu, City A.M.)')
    expect(data[3]).toMatchObject({ commodity: 'crude_oil', value: '5', unit: 'rank', year: '2021' })
    const numbered = data.filter((r) => r.record === 'event')
    expect(numbered.map((r) => r.number)).toEqual(['1', '2', '3', '4'])
    expect(numbered[0]).toMatchObject({
      date: '2022-04-08',
      commodity: 'coal',
      label: 'Japan announces ban on Russian coal imports',
      kind: 'Import ban',
      value: '',
      unit: '',
    })
    expect(numbered[2]?.kind).toBe('Context')
    for (const row of data) expect(row.source_urls).toMatch(URL_LIST)
  })

  it('numbers only the events it is given, as the filtered figure does', () => {
    const { data } = parse(phaseOutToCsv(en, [], [], events.slice(2), dataset.measures, urls, labeler))
    expect(data.map((r) => [r.number, r.date])).toEqual([
      ['1', '2022-07-21'],
      ['2', '2022-12-05'],
    ])
  })
})

describe('CSV in Japanese', () => {
  beforeAll(async () => {
    await loadCatalogue('ja')
  })

  it('heads the columns in Japanese and keeps the values as the dataset codes them', () => {
    const ja = getI18n('ja')
    const csv = lngToCsv(ja.t, supplierRows, 2021, urls, makeSourceLabeler(dataset.sources, ja.fmt.list))
    expect(csv.split('\r\n')[0]).toBe(
      '順位,供給国,年,シェア（%）,数量（百万トン）,数量の根拠,信頼度,数量の信頼度,出典,出典URL',
    )
    const russia = parse(csv).data.find((r) => r['供給国'] === 'Russia')
    expect(russia).toMatchObject({
      順位: '5',
      'シェア（%）': '8.8',
      '数量（百万トン）': '6.56',
      数量の根拠: 'published',
    })
    expect(russia?.['出典']).toBe('Tokyo Metropolitan Government、LNG Journal')
  })

  it('words the kind of each event and the other reported values in Japanese', () => {
    const ja = getI18n('ja')
    const crude = dependencyOf(dataset.energy.dependencies, 'crude_oil')
    const events = dataset.energy.events.filter((e) => e.id === 'ev-2022-04-08-coal-ban')
    const csv = phaseOutToCsv(ja, crude === null ? [] : [crude], [], events, dataset.measures, urls, labeler)
    const { data } = parse(csv)
    expect(csv.split('\r\n')[0]).toMatch(
      /^レコード種別,番号,日付,年,品目,項目,値,単位,数値の表現,他の報告値,種類,信頼度,出典,出典URL$/,
    )
    expect(data[0]?.['他の報告値']).toBe('約4%（AP via The Hindu, City A.M.）')
    expect(data[1]).toMatchObject({ レコード種別: 'event', 番号: '1', 種類: '輸入禁止' })
  })
})
