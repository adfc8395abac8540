/** The record lists of a dataset, by the names validation problems use. */
import type { Designation } from '@/data/official/designation'
import type { BilingualDataset, RawEnergy } from '@/data/validate/schema'
import type { Collection } from '@/data/validate/validate-dataset'

export const COLLECTIONS: readonly Collection[] = [
  'sources',
  'measures',
  'goods',
  'energy.lngSuppliers',
  'energy.figures',
  'energy.sakhalin2Shareholders',
  'energy.dependencies',
  'energy.events',
  'designations',
]

export function collectionOf(dataset: BilingualDataset, collection: Collection): readonly unknown[] {
  if (collection === 'sources' || collection === 'measures' || collection === 'goods')
    return dataset[collection]
  if (collection === 'designations') return dataset.designations ?? []
  return dataset.energy[collection.slice('energy.'.length) as keyof RawEnergy]
}

/** Empty lists for every collection, to be filled as the worker sends records. */
export function emptyLists(): Record<Collection, unknown[]> {
  return Object.fromEntries(COLLECTIONS.map((c) => [c, []])) as unknown as Record<Collection, unknown[]>
}

/**
 * A dataset from lists the worker validated. The records were validated in the worker and arrive by
 * structured clone, so the casts restate what the worker checked.
 */
export function assembleDataset(
  schemaVersion: number,
  meta: BilingualDataset['meta'],
  lists: Record<Collection, unknown[]>,
): BilingualDataset {
  return {
    schemaVersion,
    meta,
    sources: lists.sources as BilingualDataset['sources'],
    measures: lists.measures as BilingualDataset['measures'],
    goods: lists.goods as BilingualDataset['goods'],
    energy: {
      lngSuppliers: lists['energy.lngSuppliers'] as RawEnergy['lngSuppliers'],
      figures: lists['energy.figures'] as RawEnergy['figures'],
      sakhalin2Shareholders: lists['energy.sakhalin2Shareholders'] as RawEnergy['sakhalin2Shareholders'],
      dependencies: lists['energy.dependencies'] as RawEnergy['dependencies'],
      events: lists['energy.events'] as RawEnergy['events'],
    },
    ...(schemaVersion >= 4 ? { designations: lists.designations as Designation[] } : {}),
  }
}
