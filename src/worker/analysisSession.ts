import type { Dataset } from '../core/index.ts';
import type { FileReport, RowCounts } from '../import/index.ts';

/** The data set the analysis worker holds in memory: only results computed from it leave the worker. */
export interface OpenDataset {
  readonly id: string;
  readonly dataset: Dataset;
  readonly rows: RowCounts;
  readonly reports: readonly FileReport[];
}

/** The analysis worker's state: at most one open data set. */
export class AnalysisSession {
  open: OpenDataset | null = null;
}
