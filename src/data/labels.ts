import type { Measure, MeasureType } from '@/data/schema'

export const MEASURE_TYPE_LABELS: Record<MeasureType, string> = {
  asset_freeze: 'Asset freeze',
  export_ban: 'Export ban',
  import_ban: 'Import ban',
  entry_ban: 'Entry ban',
  visa_suspension: 'Visa suspension',
  financial: 'Financial measure',
  investment_ban: 'Investment ban',
  trade_status: 'Trade status',
  diplomatic: 'Diplomatic measure',
  energy_policy: 'Energy policy',
  asset_seizure: 'Asset seizure',
}

/** A type's name, marked "(Russia)" when only Russia took measures of that type, e.g. "Entry ban (Russia)". */
export function measureTypeLabel(type: MeasureType, measures: readonly Measure[]): string {
  const ofType = measures.filter((m) => m.type === type)
  const onlyRussia = ofType.length > 0 && ofType.every((m) => m.direction === 'RU→JP')
  return onlyRussia ? `${MEASURE_TYPE_LABELS[type]} (Russia)` : MEASURE_TYPE_LABELS[type]
}
