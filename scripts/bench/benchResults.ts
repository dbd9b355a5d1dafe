import type { FilterResult, ImportResult, ReopenResult } from './appCases.ts';
import type { InteractResult } from './interactCases.ts';
import type { Outcome, ReferenceResults } from './referenceCases.ts';

/** Every measurement of one run on one data set (all kept in the JSON, medians in the table). */
export interface RunSample {
  readonly run: number;
  readonly references: ReferenceResults;
  readonly import: Outcome<ImportResult>;
  readonly filters: Outcome<FilterResult>;
  readonly reopen: Outcome<ReopenResult>;
}

export interface DataSetResult {
  readonly rows: number;
  readonly seed: number;
  readonly path: string;
  readonly bytes: number;
  readonly samples: readonly RunSample[];
}

export interface InteractSample {
  readonly run: number;
  readonly import: Outcome<ImportResult>;
  readonly interact: Outcome<InteractResult>;
}

export interface InteractDataSetResult {
  readonly rows: number;
  readonly seed: number;
  readonly path: string;
  readonly bytes: number;
  readonly samples: readonly InteractSample[];
}
