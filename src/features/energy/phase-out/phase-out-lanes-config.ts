import type { Dependency, EnergyEvent } from '@/data/validate/schema'

import { ENERGY_IDS, type PlainKey } from '@/features/energy/energy-data'

export interface PhaseOutLane {
  subject: EnergyEvent['subject']
  label: PlainKey
  /** What the lane's figure is, said when the dataset lacks it. */
  missing: PlainKey
  /** Russia's share of Japan's imports shown beside the lane, in order. */
  dependencies: ReadonlyArray<Dependency['commodity']>
  /** A figure giving Russia's rank among suppliers, when the dataset has one. */
  rankId?: string
}

/** The commodities Japan phased out: each lane pairs its dependency figures with its events. */
export const PHASE_OUT_LANES: readonly PhaseOutLane[] = [
  {
    subject: 'crude_oil',
    label: 'energy.phaseOut.lane.crudeOil',
    missing: 'energy.phaseOut.missing.crudeOil',
    dependencies: ['crude_oil'],
    rankId: ENERGY_IDS.crudeRank,
  },
  {
    subject: 'coal',
    label: 'energy.phaseOut.lane.coal',
    missing: 'energy.phaseOut.missing.coal',
    dependencies: ['coal', 'thermal_coal'],
  },
]

export const PHASE_OUT_SUBJECTS: ReadonlySet<EnergyEvent['subject']> = new Set(
  PHASE_OUT_LANES.map((l) => l.subject),
)
