import type { LifecycleCounts, LifecycleWindows } from '../model/index.ts';
import type { CustomerAggregates } from './customerAggregates.ts';
import { NO_DAY } from './noDay.ts';
import { UNCLASSIFIED } from './unclassified.ts';

export interface LifecycleStages {
  /** Per customer: index into LIFECYCLE_STAGES, UNCLASSIFIED for customers without a purchase ≤ T. */
  readonly codes: Uint8Array;
  readonly counts: LifecycleCounts;
}

// Codes are indices into LIFECYCLE_STAGES.
const NEW = 0;
const REACTIVATED = 1;
const ACTIVE = 2;
const AT_RISK = 3;
const DORMANT = 4;
const LOST = 5;

/**
 * Lifecycle stages (SPEC §2) from first / last purchase ≤ T (purchase = row with amount > 0, any
 * period), with W = recent, R = atRisk, L = lost days:
 * - new: first > T − W
 * - reactivated: first ≤ T − W, last > T − W, no purchase in (T − (L + W), T − W]
 * - active: first ≤ T − W, last > T − W, a purchase in (T − (L + W), T − W]
 * - atRisk: last in (T − R, T − W]; dormant: last in (T − L, T − R]; lost: last ≤ T − L
 * The look-back of active vs reactivated is the lost window measured from the start of the recent
 * one (365 + 90 = 455 days by default): a customer whose previous purchase would already count as lost
 * has come back. Customers with no purchase ≤ T are in no stage. The aggregates must have been made
 * with recentDays = W (they hold the latest purchase ≤ T − W).
 */
export function lifecycleStages(aggregates: CustomerAggregates, { recent, atRisk, lost }: LifecycleWindows): LifecycleStages {
  const { asOf, firstPurchase, lastPurchase, lastPurchaseBeforeRecent, recentDays } = aggregates;
  if (recentDays !== recent) throw new RangeError(`lifecycleStages: aggregates use a recent window of ${recentDays} days, not ${recent}`);
  const recentFrom = asOf - recent;
  const atRiskFrom = asOf - atRisk;
  const lostFrom = asOf - lost;
  const returnFrom = asOf - (lost + recent);

  const codes = new Uint8Array(firstPurchase.length).fill(UNCLASSIFIED);
  const counts = [0, 0, 0, 0, 0, 0];
  for (let c = 0; c < codes.length; c++) {
    const first = firstPurchase[c];
    if (first === NO_DAY) continue;
    const last = lastPurchase[c];
    let code: number;
    if (first > recentFrom) code = NEW;
    else if (last > recentFrom) code = lastPurchaseBeforeRecent[c] > returnFrom ? ACTIVE : REACTIVATED;
    else if (last > atRiskFrom) code = AT_RISK;
    else if (last > lostFrom) code = DORMANT;
    else code = LOST;
    codes[c] = code;
    counts[code]++;
  }
  return {
    codes,
    counts: {
      new: counts[NEW],
      reactivated: counts[REACTIVATED],
      active: counts[ACTIVE],
      atRisk: counts[AT_RISK],
      dormant: counts[DORMANT],
      lost: counts[LOST],
    },
  };
}
