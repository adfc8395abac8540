import type { Measure, MeasureType, Qualifier } from '@/data/validate/schema'
import type { I18n } from '@/lib/i18n/i18n'
import type { Translate } from '@/lib/i18n/translate'

/** The catalogue key naming each measure type. */
export const MEASURE_TYPE_KEYS: { [T in MeasureType]: `type.${T}` } = {
  asset_freeze: 'type.asset_freeze',
  export_ban: 'type.export_ban',
  import_ban: 'type.import_ban',
  entry_ban: 'type.entry_ban',
  visa_suspension: 'type.visa_suspension',
  financial: 'type.financial',
  investment_ban: 'type.investment_ban',
  trade_status: 'type.trade_status',
  diplomatic: 'type.diplomatic',
  energy_policy: 'type.energy_policy',
  asset_seizure: 'type.asset_seizure',
  service_ban: 'type.service_ban',
}

/** A measure type's name in the reader's language. */
export function typeName(t: Translate, type: MeasureType): string {
  return t(MEASURE_TYPE_KEYS[type])
}

/** A type's name, marked "(Russia)" when only Russia took measures of that type, e.g. "Entry ban (Russia)". */
export function measureTypeLabel(t: Translate, type: MeasureType, measures: readonly Measure[]): string {
  const ofType = measures.filter((m) => m.type === type)
  const onlyRussia = ofType.length > 0 && ofType.every((m) => m.direction === 'RU→JP')
  return onlyRussia ? t('type.russiaOnly', { type: typeName(t, type) }) : typeName(t, type)
}

/** A measure's type, marked "(Russia)" when Russia took it. */
export function measureKindLabel(t: Translate, m: Pick<Measure, 'type' | 'direction'>): string {
  return m.direction === 'RU→JP' ? t('type.russiaOnly', { type: typeName(t, m.type) }) : typeName(t, m.type)
}

/** The catalogue key for a reported figure's wording ("about {value}", "約{value}"). */
export const QUALIFIER_KEYS = {
  exact: 'qualifier.exact',
  about: 'qualifier.about',
  more_than: 'qualifier.more_than',
  at_least: 'qualifier.at_least',
  up_to: 'qualifier.up_to',
} as const satisfies Record<Qualifier, string>

/** A number with the wording its source used: "about 140", "約140". */
export function qualifiedNumber(
  { t, fmt }: Pick<I18n, 't' | 'fmt'>,
  qualifier: Qualifier,
  n: number,
): string {
  return t(QUALIFIER_KEYS[qualifier], { value: fmt.number(n) })
}
