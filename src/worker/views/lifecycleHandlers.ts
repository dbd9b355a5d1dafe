import {
  asOfDay,
  cohortRetentionSteps,
  formatDay,
  LIFECYCLE_STAGES,
  newAndLostByMonth,
  resolveOptions,
  STAGE_ORIGINS,
  stageFlow,
  UNCLASSIFIED,
} from '../../core/index.ts';
import type { CohortRow, LifecycleStage, NewLostMonth, StageOrigin, ViewRequest } from '../../core/index.ts';
import type { AnalysisSession } from '../analysisSession.ts';
import { analysisOf } from '../analysisOf.ts';
import { maskOf } from '../maskOf.ts';
import { openDataset } from '../openDataset.ts';
import { replyFrom } from '../reply.ts';
import type { Reply } from '../reply.ts';
import { runQuery } from '../queryTurns.ts';
import type { QueryTurns } from '../queryTurns.ts';
import type { Store } from '../store.ts';

/** One lifecycle stage: its customers and their period revenue. */
export interface StageRow {
  readonly stage: LifecycleStage;
  readonly customers: number;
  readonly revenue: number;
}

export interface LifecycleResult {
  /** T as YYYY-MM-DD, null when the data set has no row. */
  readonly asOf: string | null;
  /** The as-of date the flow starts from: T − the recent window (90 days by default). */
  readonly previousAsOf: string | null;
  readonly stages: readonly StageRow[];
  /** Rows STAGE_ORIGINS (stage then, or none), columns LIFECYCLE_STAGES (now). */
  readonly flow: { readonly from: readonly StageOrigin[]; readonly to: readonly LifecycleStage[]; readonly counts: readonly (readonly number[])[] };
  /** The last MONTHS calendar months up to T's month. */
  readonly newLost: readonly NewLostMonth[];
}

/** What the Lifecycle view (`#/lifecycle`) asks the analysis worker for. */
export interface LifecycleApi {
  /** Stages with revenue, the stage flow since T − recent, and new vs lost per month. */
  lifecycle(request: ViewRequest): Promise<Reply<LifecycleResult>>;
  /**
   * The last MONTHS first-purchase cohorts, oldest first (none without a row): asked after the
   * view's result, as their section is below the first screen.
   */
  cohorts(request: ViewRequest): Promise<Reply<readonly CohortRow[]>>;
}

const MONTHS = 24;

export function createLifecycleHandlers(session: AnalysisSession, store: Store, turns?: QueryTurns): LifecycleApi {
  return {
    lifecycle: (request) =>
      replyFrom(async () => {
        const open = await openDataset(session, store);
        const current = analysisOf(open, request);
        const { dataset } = open;
        if (current.asOf === null) {
          const none = new Uint8Array(dataset.customers.length).fill(UNCLASSIFIED);
          return {
            asOf: null,
            previousAsOf: null,
            stages: LIFECYCLE_STAGES.map((stage) => ({ stage, customers: 0, revenue: 0 })),
            flow: { from: STAGE_ORIGINS, to: LIFECYCLE_STAGES, counts: stageFlow(none, none).counts },
            newLost: [],
          };
        }
        const { recent, lost } = current.options.lifecycle;
        const previousAsOf = current.asOf - recent;
        // The flow counts the customers in a stage now (the filter's), and a customer's stage then is
        // its own, whoever else is kept: the unfiltered analysis then, kept across filter changes,
        // gives it without a filtered one.
        const previous = analysisOf(open, { options: { ...request.options, asOf: previousAsOf }, filters: {} });
        const { codes } = current.lifecycle;
        const { revenue } = current.aggregates;
        const sums = LIFECYCLE_STAGES.map(() => 0);
        for (let c = 0; c < codes.length; c++) if (codes[c] !== UNCLASSIFIED) sums[codes[c]] += revenue[c];
        return {
          asOf: formatDay(current.asOf),
          previousAsOf: formatDay(previousAsOf),
          stages: LIFECYCLE_STAGES.map((stage, code) => ({ stage, customers: current.lifecycle.counts[stage], revenue: sums[code] })),
          flow: { from: STAGE_ORIGINS, to: LIFECYCLE_STAGES, counts: stageFlow(previous.lifecycle.codes, codes).counts },
          newLost: newAndLostByMonth(current.aggregates, lost).slice(-MONTHS),
        };
      }),

    cohorts: (request) =>
      replyFrom(async () => {
        const open = await openDataset(session, store);
        const asOf = asOfDay(open.dataset, resolveOptions(request.options));
        if (asOf === null) return [];
        const mask = maskOf(open, request.filters);
        // Steps with pauses: a filter set while the unfiltered cohorts are computed need not wait for them.
        return runQuery(turns, request, cohortRetentionSteps(open.dataset, asOf, mask, MONTHS));
      }),
  };
}
