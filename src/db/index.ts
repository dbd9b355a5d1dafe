export { TierscopeDb } from './schema.ts';
export type { IndexedDbDeps, VersionChange } from './schema.ts';
export { DatasetRepository, STAGING_GRACE_MS } from './datasetRepository.ts';
export type { CommitMeta, DatasetRepositoryOptions, FileHash, ImportMeta } from './datasetRepository.ts';
export { SettingsRepository } from './settingsRepository.ts';
export { MappingRepository } from './mappingRepository.ts';
export type { MappingRepositoryOptions, VersionedValue } from './mappingRepository.ts';
export {
  CHUNK_ROWS,
  chunkRecords,
  decodeDataset,
  decodeOrderIds,
  dictionaryRecords,
  joinColumn,
  joinStrings,
  splitColumn,
  stringChunkRecords,
  surveyChunkRecords,
} from './chunkCodec.ts';
export type { DatasetWithOrderIds, StoredParts } from './chunkCodec.ts';
export { isQuotaError } from './isQuotaError.ts';
export { concatPacked, packTexts, slicePacked, unpackTexts } from './packedTexts.ts';
export { DbError } from './dbError.ts';
export type { DbErrorCode } from './dbError.ts';
export { applyMigrations, MIGRATIONS } from './migrations/index.ts';
export type { Migration } from './migrations/index.ts';
export * from './records.ts';
