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
