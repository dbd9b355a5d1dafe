/**
 * Shapes of the records the local store holds. Plain, structured-clone-friendly objects:
 * the worker reads and writes them, the UI only ever sees copies through the worker API.
 */
import type { Dimension, PackedTexts } from '../core/model/index.ts';

/** Format of a `DatasetRecord`; readers are keyed by it (bump when the record's meaning changes). */
export const DATASET_RECORD_VERSION = 2;

export type DatasetState = 'staging' | 'ready';

/**
 * The mapping a file was imported with. `columns` maps a canonical field name (from the
 * import field list, never header text) to its 0-based column in the header row.
 */
export interface FileMappingRecord {
  readonly headerRow: number;
  readonly headers: readonly string[];
  readonly columns: Readonly<Partial<Record<string, number>>>;
  readonly dateOrder: string;
  readonly revenueStatuses: readonly string[];
}

/** One source file of a data set. Text-typed so that db need not import the import contracts. */
export interface SourceFileRecord {
  readonly name: string;
  readonly size: number;
  /** Hex SHA-256 of the bytes: tells a re-dropped file from a changed one with the same name. */
  readonly sha256: string;
  readonly encoding: string;
  readonly delimiter: string;
  readonly kind: string;
  readonly mapping: FileMappingRecord;
}

/** Row counts of one file, as the import summary showed them. */
export interface FileRowCountsRecord {
  readonly file: string;
  readonly total: number;
  readonly accepted: number;
  readonly excluded: number;
  readonly rejected: number;
  readonly skipped: number;
}

export interface DatasetRecord {
  readonly id: string;
  readonly version: number;
  readonly name: string;
  /** 'staging' while an import writes its chunks; only 'ready' data sets are listed or loaded. */
  readonly state: DatasetState;
  /** Epoch milliseconds. */
  readonly created: number;
  /** Epoch milliseconds of the last change; for a staging set, of the last chunk write. */
  readonly updated: number;
  readonly files: readonly SourceFileRecord[];
  /** Per file, in the order of `files`; empty while staging. */
  readonly rows: readonly FileRowCountsRecord[];
  /** Transaction rows in the chunks (accepted rows of every file). */
  readonly rowCount: number;
  readonly customerCount: number;
  /** Distinct order ids (entries of the 'orderIds' chunks); since schema v5 (record version 2). */
  readonly orderCount: number;
  /** ISO 4217 code of the amounts, null for plain numbers; absent in records written before schema v3. */
  readonly currency?: string | null;
  /** Survey answers in the survey chunks; absent (no surveys) in records written before schema v4. */
  readonly surveyCount?: number;
}

/**
 * The import report of a data set (per-file counts, first rejections...), kept apart from
 * DatasetRecord so that listing data sets does not read every report.
 */
export interface ReportRecord {
  readonly datasetId: string;
  /** The caller's payload; it carries its own `version` (as MappingRecord's does). */
  readonly value: unknown;
}

export type IntColumnName = 'customer' | 'day' | 'order' | 'surveyCustomer' | 'surveyDay';
export type FloatColumnName = 'amount' | 'surveyScore';
/** Text columns: customer ids and names (`customerCount` entries), order ids (`orderCount`). */
export type StringColumnName = 'customerIds' | 'customerNames' | 'orderIds';
export type ChunkColumn = IntColumnName | FloatColumnName | StringColumnName;
/**
 * A chunk of a text column: packed UTF-8 texts, or a list of strings (order ids of sets stored
 * before they were packed; customer ids and names of sets stored before they were, or written
 * from a data set without packed texts): readers take both.
 */
export type TextChunk = PackedTexts | readonly string[];
/** Transaction columns (`rowCount` rows each). */
export const CHUNK_COLUMNS = ['customer', 'day', 'amount', 'order'] as const;
/** Survey columns (`surveyCount` rows each), since schema v4. */
export const SURVEY_CHUNK_COLUMNS = ['surveyCustomer', 'surveyDay', 'surveyScore'] as const;
/**
 * Text columns, since schema v5 (before, each was one dictionary record). In chunks so that no
 * single record of a 10M-row set holds millions of strings, and so that opening a set for
 * analysis can leave the order ids unread.
 */
export const STRING_CHUNK_COLUMNS = ['customerIds', 'customerNames', 'orderIds'] as const;

interface ChunkBase {
  readonly datasetId: string;
  /** 0-based chunk number; chunk i holds rows [i·chunkRows, (i+1)·chunkRows). */
  readonly index: number;
}
export type ChunkRecord =
  | (ChunkBase & { readonly column: IntColumnName; readonly values: Int32Array })
  | (ChunkBase & { readonly column: FloatColumnName; readonly values: Float64Array })
  | (ChunkBase & { readonly column: StringColumnName; readonly values: TextChunk });
export type ChunkKey = [datasetId: string, column: ChunkColumn, index: number];

/** Dictionaries are per dimension since schema v5 (customer ids, names and order ids became chunks). */
export type StringDictionaryName = `dim:${Dimension}:values`;
export type CodesDictionaryName = `dim:${Dimension}:codes`;
export type DictionaryName = StringDictionaryName | CodesDictionaryName;

export type DictionaryRecord =
  | { readonly datasetId: string; readonly name: StringDictionaryName; readonly values: readonly string[] }
  | { readonly datasetId: string; readonly name: CodesDictionaryName; readonly values: Int32Array };
export type DictionaryKey = [datasetId: string, name: DictionaryName];

export interface SettingRecord {
  readonly key: string;
  readonly value: unknown;
}

/** A mapping remembered for a header signature (the import step computes the signature). */
export interface MappingRecord {
  readonly signature: string;
  /** The caller's payload; it carries its own `version` (see MappingRepository). */
  readonly value: unknown;
  /** Epoch milliseconds of the last use; 0 for mappings migrated from schema v1. */
  readonly updated: number;
}
