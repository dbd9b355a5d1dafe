import type { Migration } from './migration.ts';

/**
 * v1: data sets as column chunks plus dictionaries, and a key → value settings table.
 * In v1 a remembered header mapping was a setting keyed `mapping:<header signature>`.
 */
export const initialMigration: Migration = {
  version: 1,
  stores: {
    datasets: 'id, state',
    // Compound primary keys: one data set's chunks (or dictionaries) form one key range,
    // read and deleted without a secondary index.
    chunks: '[datasetId+column+index]',
    dictionaries: '[datasetId+name]',
    settings: 'key',
  },
};
