import type { FilterResult, FilterRunResult, ImportResult, ReopenResult } from './appCases.ts';
import type { DataSet } from './dataSets.ts';
import type { InteractResult } from './interactCases.ts';
import type { Outcome, ReferenceResults } from './referenceCases.ts';

/** Every measurement of one run on one data set (all kept in the JSON, medians in the table). */
export interface RunSample {
  readonly run: number;
  readonly references: ReferenceResults;
  readonly import: Outcome<ImportResult>;
  readonly filters: Outcome<FilterResult>;
  readonly reopen: Outcome<ReopenResult>;
  readonly filterRun: Outcome<FilterRunResult>;
}

/** A data set with the samples of every run on it. */
export type Sampled<S> = DataSet & { readonly samples: readonly S[] };

export type DataSetResult = Sampled<RunSample>;

export interface InteractSample {
  readonly run: number;
  readonly import: Outcome<ImportResult>;
  readonly interact: Outcome<InteractResult>;
}

export type InteractDataSetResult = Sampled<InteractSample>;
