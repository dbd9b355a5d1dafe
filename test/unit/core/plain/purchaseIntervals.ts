// Reference: the plain implementation the fast path in src/core replaced, kept for the exact-equality tests (fastPaths.test.ts).
import type { Dataset } from '../../../../src/core/model/index.ts';
import { NO_DAY } from '../../../../src/core/metrics/noDay.ts';

/** Purchase days a customer needs for its own usual interval; fewer use the data set's. */
export const OWN_INTERVAL_DAYS = 3;

export interface PurchaseIntervals {
  readonly asOf: number;
  /**
   * The data set's usual interval: the median of the own intervals of the customers with at least
   * OWN_INTERVAL_DAYS purchase days (each customer once, so frequent buyers do not outvote the rest);
   * null when no customer has that many.
   */
  readonly datasetInterval: number | null;
  /** Distinct purchase days ≤ T per customer (0 for customers without a purchase or outside the mask). */
  readonly purchaseDays: Int32Array;
  /** Last purchase day ≤ T, NO_DAY when none. */
  readonly lastPurchase: Int32Array;
  /** Usual interval in days: the customer's own (median gap) or the data set's; NaN when neither exists. */
  readonly interval: Float64Array;
  /** 1 when `interval` is the customer's own median gap. */
  readonly own: Uint8Array;
  /** T − last purchase in days; NaN for customers without a purchase. */
  readonly daysSince: Float64Array;
  /** daysSince ÷ interval: 1 = as due, 2 = twice the usual gap; NaN when either is missing. */
  readonly overdue: Float64Array;
}

/**
 * How overdue each customer is against its own rhythm. A purchase day is a calendar day ≤ T with a row
 * of amount > 0 (several orders on one day are one purchase day). The usual interval is the median of
 * the gaps between consecutive distinct purchase days (the mean of the two middle gaps for an even
 * count); customers with fewer than OWN_INTERVAL_DAYS purchase days (at most one gap, too little to
 * call a rhythm) get the data set's median interval instead. overdue = (T − last purchase) ÷ interval.
 * Rows after T, rows of customers with `mask[c] === 0` and non-finite amounts are ignored. Sorting
 * the purchase days per customer costs O(rows · log) once.
 */
export function purchaseIntervals(dataset: Dataset, asOf: number, mask?: Uint8Array): PurchaseIntervals {
  const { customer, day, amount, length } = dataset.transactions;
  const n = dataset.customers.length;

  // Counting sort of purchase days by customer: offsets[c] .. offsets[c + 1] is customer c's slice.
  const offsets = new Int32Array(n + 1);
  const isPurchase = (i: number): boolean => {
    const c = customer[i];
    return (mask === undefined || mask[c] !== 0) && amount[i] > 0 && Number.isFinite(amount[i]) && day[i] <= asOf;
  };
  for (let i = 0; i < length; i++) if (isPurchase(i)) offsets[customer[i] + 1]++;
  for (let c = 0; c < n; c++) offsets[c + 1] += offsets[c];
  const days = new Int32Array(offsets[n]);
  const fill = offsets.slice(0, n);
  for (let i = 0; i < length; i++) if (isPurchase(i)) days[fill[customer[i]]++] = day[i];

  const purchaseDays = new Int32Array(n);
  const lastPurchase = new Int32Array(n).fill(NO_DAY);
  const interval = new Float64Array(n).fill(Number.NaN);
  const own = new Uint8Array(n);
  const gaps = new Float64Array(days.length);
  for (let c = 0; c < n; c++) {
    const from = offsets[c];
    const to = offsets[c + 1];
    if (from === to) continue;
    const slice = days.subarray(from, to).sort();
    let distinct = 1;
    let gapCount = 0;
    for (let k = 1; k < slice.length; k++) {
      if (slice[k] === slice[k - 1]) continue;
      gaps[gapCount++] = slice[k] - slice[k - 1];
      distinct++;
    }
    purchaseDays[c] = distinct;
    lastPurchase[c] = slice[slice.length - 1];
    if (distinct >= OWN_INTERVAL_DAYS) {
      interval[c] = median(gaps.subarray(0, gapCount).sort());
      own[c] = 1;
    }
  }

  const ownIntervals = interval.filter((_, c) => own[c] === 1).sort();
  const datasetInterval = ownIntervals.length === 0 ? null : median(ownIntervals);
  const daysSince = new Float64Array(n).fill(Number.NaN);
  const overdue = new Float64Array(n).fill(Number.NaN);
  for (let c = 0; c < n; c++) {
    if (purchaseDays[c] === 0) continue;
    if (own[c] === 0 && datasetInterval !== null) interval[c] = datasetInterval;
    daysSince[c] = asOf - lastPurchase[c];
    overdue[c] = daysSince[c] / interval[c];
  }
  return { asOf, datasetInterval, purchaseDays, lastPurchase, interval, own, daysSince, overdue };
}

/** Median of ascending values (at least one). */
function median(sorted: Float64Array): number {
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
