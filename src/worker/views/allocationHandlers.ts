import {
  balance,
  formatDay,
  NO_CODE,
  ownerScorecard,
  portfolios,
  rebalance,
  toCsv,
  UNCLASSIFIED,
} from '../../core/index.ts';
import type { Analysis, Balance, Dataset, OwnerScore, Portfolio, ViewRequest } from '../../core/index.ts';
import type { AnalysisSession } from '../analysisSession.ts';
import { analysisOf } from '../analysisOf.ts';
import { maskOf } from '../maskOf.ts';
import { openDataset } from '../openDataset.ts';
import { previousYear } from '../previousYear.ts';
import { replyFrom } from '../reply.ts';
import type { Reply } from '../reply.ts';
import type { Store } from '../store.ts';

export interface AllocationOptions {
  /** Let the proposal move A-tier customers too. */
  readonly unlockTierA: boolean;
}

/** A customer the proposal moves from one owner to another. */
export interface ProposedMove {
  readonly id: string;
  readonly name: string;
  readonly from: string;
  readonly to: string;
  /** Period revenue. */
  readonly revenue: number;
  readonly tierA: boolean;
}

/** An owner's load as the proposal starts from it. */
export interface OwnerLoad {
  readonly owner: string;
  readonly customers: number;
  readonly revenue: number;
  readonly tierA: number;
}

export interface AllocationResult {
  readonly asOf: string | null;
  /** Portfolios per owner (values [owner]) and per owner × region (values [owner, region]). */
  readonly owners: readonly Portfolio[];
  readonly ownerRegions: readonly Portfolio[];
  /** Balance across the named owners. */
  readonly balance: { readonly customers: Balance; readonly revenue: Balance; readonly tierA: Balance };
  /** The named owners' loads, in the order of `owners` without the null group. */
  readonly loads: readonly OwnerLoad[];
  readonly moves: readonly ProposedMove[];
  /** Customers without an owner: no portfolio, not part of the proposal. */
  readonly unassigned: number;
  readonly scorecard: readonly OwnerScore[];
}

/** A move the user kept: customer id → proposed owner. */
export interface AcceptedMove {
  readonly id: string;
  readonly to: string;
}

/** What the Allocation view (`#/allocation`) asks the analysis worker for. */
export interface AllocationApi {
  /** Portfolios, balance, a rebalancing proposal and the owner scorecard. */
  allocation(request: ViewRequest, options: AllocationOptions): Promise<Reply<AllocationResult>>;
  /** Every owned customer of the analysis as CSV: customer_id, name, current_owner, proposed_owner. */
  assignmentsCsv(request: ViewRequest, accepted: readonly AcceptedMove[]): Promise<Reply<string>>;
}

export function createAllocationHandlers(session: AnalysisSession, store: Store): AllocationApi {
  return {
    allocation: (request, options) =>
      replyFrom(async () => {
        const open = await openDataset(session, store);
        const analysis = analysisOf(open, request);
        // A ttm analysis a year earlier holds the scorecard's previous year.
        const previous = analysis.options.period === 'ttm' ? previousYear(open, request, analysis) : null;
        return allocationResult(open.dataset, analysis, previous, maskOf(open, request.filters), options);
      }),
    assignmentsCsv: (request, accepted) =>
      replyFrom(async () => {
        const open = await openDataset(session, store);
        const { tiers } = analysisOf(open, request);
        const { ids, names, dims } = open.dataset.customers;
        const proposed = new Map(accepted.map((move) => [move.id, move.to]));
        const rows: string[][] = [['customer_id', 'name', 'current_owner', 'proposed_owner']];
        for (let c = 0; c < ids.length; c++) {
          const code = dims.owner.codes[c];
          if (tiers.codes[c] === UNCLASSIFIED || code === NO_CODE) continue;
          const owner = dims.owner.values[code];
          rows.push([ids[c], names[c], owner, proposed.get(ids[c]) ?? owner]);
        }
        return toCsv(rows);
      }),
  };
}

function allocationResult(
  dataset: Dataset,
  analysis: Analysis,
  previous: Analysis | null,
  mask: Uint8Array | undefined,
  { unlockTierA }: AllocationOptions,
): AllocationResult {
  const { asOf } = analysis;
  const tiers = analysis.tiers.codes;
  const { revenue } = analysis.aggregates;
  const { ids, names, dims } = dataset.customers;
  const atRisk = analysis.revenueAtRisk.revenue;
  const inputs = { tiers, revenue, atRisk };
  const owners = portfolios([dims.owner], inputs);
  const named = owners.filter((p) => p.values[0] !== null);
  const loads = named.map((p) => ({ owner: p.values[0] as string, customers: p.customers, revenue: p.revenue, tierA: p.tierA }));

  // The proposal works on the named owners' customers; owner k of `loads` is index k.
  const ownerIndex = new Map(loads.map((load, k) => [load.owner, k]));
  // Per owner code: its index in `loads`, looked up once per owner rather than per customer.
  const loadOf = dims.owner.values.map((owner) => ownerIndex.get(owner) as number);
  // The holdings: the owned customers in the analysis, in customer order (customerOf[k] is holding k's customer).
  const { codes } = dims.owner;
  let held = 0;
  for (let c = 0; c < ids.length; c++) if (tiers[c] !== UNCLASSIFIED && codes[c] !== NO_CODE) held++;
  const customerOf = new Int32Array(held);
  const holder = new Int32Array(held);
  const weight = new Float64Array(held);
  const locked = new Uint8Array(held);
  for (let c = 0, k = 0; c < ids.length; c++) {
    if (tiers[c] === UNCLASSIFIED || codes[c] === NO_CODE) continue;
    customerOf[k] = c;
    holder[k] = loadOf[codes[c]];
    weight[k] = revenue[c];
    locked[k++] = tiers[c] === 0 && !unlockTierA ? 1 : 0;
  }
  const moves = rebalance({ owners: loads.length, owner: holder, revenue: weight }, { locked }).map((move) => {
    const c = customerOf[move.holding];
    return { id: ids[c], name: names[c], from: loads[move.from].owner, to: loads[move.to].owner, revenue: move.revenue, tierA: tiers[c] === 0 };
  });

  return {
    asOf: asOf === null ? null : formatDay(asOf),
    owners,
    ownerRegions: portfolios([dims.owner, dims.region], inputs),
    balance: {
      customers: balance(loads.map((load) => load.customers)),
      revenue: balance(loads.map((load) => load.revenue)),
      tierA: balance(loads.map((load) => load.tierA)),
    },
    loads,
    moves,
    unassigned: owners.find((p) => p.values[0] === null)?.customers ?? 0,
    // A ttm analysis holds the scorecard's current year already.
    scorecard:
      asOf === null
        ? []
        : ownerScorecard(
            dataset,
            analysis.options,
            asOf,
            mask,
            analysis.options.period === 'ttm' ? { aggregates: analysis.aggregates, tiers, atRisk } : undefined,
            previous === null ? undefined : { aggregates: previous.aggregates, tiers: previous.tiers.codes },
          ),
  };
}
