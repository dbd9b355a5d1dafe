import type { Dataset } from '../core/index.ts';
import type { FileReport, RowCounts } from '../import/index.ts';

/** The data set the analysis worker holds in memory: only results computed from it leave the worker. */
export interface OpenDataset {
  readonly id: string;
  readonly dataset: Dataset;
  readonly rows: RowCounts;
  readonly reports: readonly FileReport[];
}

/** A data set being opened: what its record says at once, its columns once loaded. */
export interface Opening {
  readonly id: string;
  readonly rows: RowCounts;
  readonly reports: readonly FileReport[];
  /** Rejects when the columns cannot be loaded; every result waits for it. */
  readonly ready: Promise<OpenDataset>;
}

/** The analysis worker's state: at most one open data set. */
export class AnalysisSession {
  opening: Opening | null = null;
}
