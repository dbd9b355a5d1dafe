import { initialMigration } from './0001-initial.ts';
import { mappingsMigration } from './0002-mappings.ts';
import { reportsMigration } from './0003-reports.ts';
import { surveysMigration } from './0004-surveys.ts';
import { stringChunksMigration } from './0005-string-chunks.ts';
import { outboundChunkKeysMigration } from './0006-outbound-chunk-keys.ts';
import type { Migration } from './migration.ts';

export type { Migration } from './migration.ts';
export { applyMigrations } from './applyMigrations.ts';

/** Every schema version in order; append new files, never edit or reorder shipped ones. */
export const MIGRATIONS: readonly Migration[] = [
  initialMigration,
  mappingsMigration,
  reportsMigration,
  surveysMigration,
  stringChunksMigration,
  outboundChunkKeysMigration,
];
