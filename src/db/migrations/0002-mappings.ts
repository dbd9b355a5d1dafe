import type { Migration } from './migration.ts';

/** Record shapes as of v2, spelled out here so this file never changes with later types. */
interface SettingV1 {
  key: string;
  value: unknown;
}
interface MappingV2 {
  signature: string;
  value: unknown;
  updated: number;
}

const V1_MAPPING_PREFIX = 'mapping:';

/**
 * v2: remembered mappings get their own table keyed by header signature, indexed by last
 * use so old ones can be pruned; data sets get a [state+updated] index so the list of
 * ready sets comes newest first straight from the index.
 */
export const mappingsMigration: Migration = {
  version: 2,
  stores: {
    datasets: 'id, state, [state+updated]',
    mappings: 'signature, updated',
  },
  async upgrade(tx) {
    const settings = tx.table<SettingV1, string>('settings');
    const old = await settings.where('key').startsWith(V1_MAPPING_PREFIX).toArray();
    const moved = old.map(
      ({ key, value }): MappingV2 => ({ signature: key.slice(V1_MAPPING_PREFIX.length), value, updated: 0 }),
    );
    await tx.table<MappingV2, string>('mappings').bulkPut(moved);
    await settings.bulkDelete(old.map(({ key }) => key));
  },
};
