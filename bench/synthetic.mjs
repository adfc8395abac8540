// Deterministic synthetic data for the benchmark (never shipped): the bundled dataset with n goods rows,
// each a valid record tied to a real measure and source, so the app validates and shows all of them.

const WORDS = [
  'pump',
  'valve',
  'sensor',
  'café machine',
  'Zürich lathe',
  '量子 device',
  'turbine',
  'laser',
  'polymer',
]
const CATEGORIES = ['Machinery', 'Advanced technology', 'Luxury goods', 'Wood', 'Alcoholic beverages']

export function withSyntheticGoods(dataset, n) {
  const goodsMeasures = dataset.measures.filter((m) => m.target === 'goods' && m.effective !== null)
  const source = dataset.sources[0].id
  const goods = []
  for (let i = 0; i < n; i++) {
    const m = goodsMeasures[i % goodsMeasures.length]
    goods.push({
      id: `syn-${i}`,
      name: `${WORDS[i % WORDS.length]} model ${i}`,
      category: CATEGORIES[i % CATEGORIES.length],
      measureId: m.id,
      effective: m.effective,
      hsCodes: i % 4 === 0 ? [`84.${String(i % 100).padStart(2, '0')}`] : [],
      itemCount: null,
      sourceIds: [source],
      confidence: 'low',
    })
  }
  return {
    ...dataset,
    meta: {
      ...dataset.meta,
      title: `${dataset.meta.title.en ?? dataset.meta.title} (synthetic, ${n} goods)`,
    },
    goods,
  }
}

const DAY = 86_400_000
const shift = (iso, days) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10)

/**
 * The bundled dataset ten times over (`times`), spread over the same years: each measure and goods row
 * is copied with a new id and its dates moved by a few weeks (kept within the coverage), so the timeline
 * has ten times the tranches and the goods explorer ten times the rows. The copies claim no reported
 * totals and no headline markers: the figures, not the warnings, grow.
 */
export function timesDataset(dataset, times = 10) {
  const { from, to } = dataset.meta.coverage
  const within = (iso, days) => {
    const moved = shift(iso, days)
    return moved > to ? shift(iso, -days) : moved < from ? iso : moved
  }
  const measures = [...dataset.measures]
  const goods = [...dataset.goods]
  for (let k = 1; k < times; k++) {
    const days = k * 17
    for (const m of dataset.measures) {
      const announced = within(m.announced, days)
      const effective =
        m.effective === null ? null : announced > m.effective ? announced : within(m.effective, days)
      measures.push({
        ...m,
        id: `${m.id}-x${k}`,
        announced,
        effective: effective !== null && effective < announced ? announced : effective,
        headline: false,
        reportedTotal: null,
        alternatives: [],
        ...(m.extends === undefined ? {} : { extends: null }),
        ...(m.limits === undefined ? {} : { limits: [] }),
      })
    }
    for (const g of dataset.goods) {
      const measure = measures.find((m) => m.id === `${g.measureId}-x${k}`)
      goods.push({
        ...g,
        id: `${g.id}-x${k}`,
        measureId: measure?.id ?? g.measureId,
        effective: measure?.effective ?? g.effective,
      })
    }
  }
  return {
    ...dataset,
    meta: { ...dataset.meta, title: `${dataset.meta.title.en ?? dataset.meta.title} (synthetic, ${times}×)` },
    measures,
    goods,
  }
}
