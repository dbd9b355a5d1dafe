import type { Migration } from './migration.ts';

/**
 * v3: each data set's import report (a versioned payload of the worker) in its own table,
 * keyed by data set id, written in the commit transaction and removed with the data set.
 * Data sets stored before have no report; their `currency` (a new optional field, not
 * indexed) reads as absent. Nothing to move.
 */
export const reportsMigration: Migration = {
  version: 3,
  stores: {
    reports: 'datasetId',
  },
};
