/**
 * What each reference measurement of the bench page returns to scripts/bench (times in ms,
 * from performance.now() inside the worker or page that did the work).
 */

/** Reading the File's bytes and decoding them as UTF-8: the floor no import can beat. */
export interface FloorResult {
  readonly readMs: number;
  readonly decodeMs: number;
  readonly totalMs: number;
  readonly bytes: number;
  readonly chars: number;
}

/** New memory against memory written again, per megabyte (newMemoryCost). */
export interface MemoryResult {
  readonly megabytes: number;
  readonly newMsPerMb: number;
  readonly reusedMsPerMb: number;
  /** A sum of values read back, so that no write can be left out. */
  readonly checksum: number;
}

/** PapaParse over the File, rows counted (the header line included). */
export interface PapaparseResult {
  readonly parseMs: number;
  readonly rows: number;
  readonly errors: number;
}

/** The product's own import stage: inspect, stream through importFile into a DatasetBuilder, build. */
export interface TierscopeParseResult {
  readonly inspectMs: number;
  readonly importMs: number;
  readonly buildMs: number;
  /** accepted + excluded + rejected: every data row. */
  readonly dataRows: number;
  readonly accepted: number;
  readonly customers: number;
}

/** One `CREATE TABLE … read_csv_auto` then GROUP BY customer. */
export interface DuckdbPass {
  readonly loadMs: number;
  readonly aggregateMs: number;
  /** count(*) of the loaded table. */
  readonly rows: number;
  /** Rows of the GROUP BY: distinct customers. */
  readonly groups: number;
  /** Σ of the per-customer sums. */
  readonly amountTotal: number;
}

/** DuckDB-WASM: a fresh instance (worker + wasm), a first (cold) and a second (warm) load + aggregate. */
export interface DuckdbResult {
  readonly instantiateMs: number;
  readonly cold: DuckdbPass;
  readonly warm: DuckdbPass;
}

export type ReferenceKind = 'floor' | 'memory' | 'papaparse' | 'tierscope';

/** Message of the reference worker back to the page. */
export type WorkerReply =
  | { readonly ok: true; readonly result: FloorResult | MemoryResult | PapaparseResult | TierscopeParseResult }
  | { readonly ok: false; readonly message: string };
