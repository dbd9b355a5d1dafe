import type { Dataset } from '../model/index.ts';
import { median } from '../stats/index.ts';
import { customerRows } from './customerRows.ts';
import { NO_DAY } from './noDay.ts';

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
 * Rows after T, rows of customers with `mask[c] === 0` and non-finite amounts are ignored. Each
 * customer's purchase days are read side by side (customerRows) and sorted only when out of order.
 */
export function purchaseIntervals(dataset: Dataset, asOf: number, mask?: Uint8Array): PurchaseIntervals {
  const { offsets, day, amount } = customerRows(dataset);
  const n = dataset.customers.length;

  const arrays = intervalArrays(n);
  const { purchaseDays, lastPurchase, interval, own } = arrays;
  lastPurchase.fill(NO_DAY);
  interval.fill(Number.NaN);
  let longest = 0;
  for (let c = 0; c < n; c++) longest = Math.max(longest, offsets[c + 1] - offsets[c]);
  // One customer's purchase days, then the gaps between its distinct ones.
  const days = new Int32Array(longest);
  const gaps = new Float64Array(longest);
  for (let c = 0; c < n; c++) {
    if (mask !== undefined && mask[c] === 0) continue;
    let count = 0;
    let sorted = true;
    for (let i = offsets[c], end = offsets[c + 1]; i < end; i++) {
      if (!(amount[i] > 0 && Number.isFinite(amount[i]) && day[i] <= asOf)) continue;
      if (count > 0 && day[i] < days[count - 1]) sorted = false;
      days[count++] = day[i];
    }
    if (count === 0) continue;
    if (!sorted) days.subarray(0, count).sort();
    let distinct = 1;
    let gapCount = 0;
    for (let k = 1; k < count; k++) {
      if (days[k] === days[k - 1]) continue;
      gaps[gapCount++] = days[k] - days[k - 1];
      distinct++;
    }
    purchaseDays[c] = distinct;
    lastPurchase[c] = days[count - 1];
    if (distinct >= OWN_INTERVAL_DAYS) {
      interval[c] = median(gaps.subarray(0, gapCount).sort());
      own[c] = 1;
    }
  }

  return withDatasetInterval(asOf, arrays);
}

/** The per-customer arrays of PurchaseIntervals. */
export type IntervalArrays = Pick<PurchaseIntervals, 'purchaseDays' | 'lastPurchase' | 'interval' | 'own' | 'daysSince' | 'overdue'>;

/** New IntervalArrays of `size` entries. */
export function intervalArrays(size: number): IntervalArrays {
  return {
    purchaseDays: new Int32Array(size),
    lastPurchase: new Int32Array(size),
    interval: new Float64Array(size),
    own: new Uint8Array(size),
    daysSince: new Float64Array(size),
    overdue: new Float64Array(size),
  };
}

/**
 * purchaseIntervals() under `mask` from `whole`, the unmasked one at the same T, without reading the
 * rows: a customer's purchase days, last purchase and own interval depend on its own rows only, and the
 * data set's interval, the median over the kept customers' own intervals, is taken again. The arrays
 * are `into` when given (one entry per customer, whatever they hold: every entry is written).
 */
export function maskPurchaseIntervals(whole: PurchaseIntervals, mask: Uint8Array, into?: IntervalArrays): PurchaseIntervals {
  const n = mask.length;
  const arrays = into ?? intervalArrays(n);
  if (arrays.purchaseDays.length !== n) throw new RangeError(`maskPurchaseIntervals: arrays of ${arrays.purchaseDays.length} entries for ${n} customers`);
  const { purchaseDays, lastPurchase, interval, own } = arrays;
  // Everyone without a purchase (a fill is far cheaper than a test per customer), then the kept ones copied.
  purchaseDays.fill(0);
  lastPurchase.fill(NO_DAY);
  interval.fill(Number.NaN);
  own.fill(0);
  for (let c = 0; c < n; c++) {
    if (mask[c] === 0) continue;
    purchaseDays[c] = whole.purchaseDays[c];
    lastPurchase[c] = whole.lastPurchase[c];
    own[c] = whole.own[c];
    if (own[c] === 1) interval[c] = whole.interval[c];
  }
  return withDatasetInterval(whole.asOf, arrays);
}

/**
 * The data set's interval from the customers' own ones, given to the customers without one; then
 * daysSince and overdue, written over whatever their arrays hold.
 */
function withDatasetInterval(asOf: number, arrays: IntervalArrays): PurchaseIntervals {
  const { purchaseDays, lastPurchase, interval, own, daysSince, overdue } = arrays;
  const n = purchaseDays.length;
  let owners = 0;
  for (let c = 0; c < n; c++) owners += own[c];
  const ownIntervals = new Float64Array(owners);
  for (let c = 0, k = 0; c < n; c++) if (own[c] === 1) ownIntervals[k++] = interval[c];
  ownIntervals.sort();
  const datasetInterval = ownIntervals.length === 0 ? null : median(ownIntervals);
  daysSince.fill(Number.NaN);
  overdue.fill(Number.NaN);
  for (let c = 0; c < n; c++) {
    if (purchaseDays[c] === 0) continue;
    if (own[c] === 0 && datasetInterval !== null) interval[c] = datasetInterval;
    daysSince[c] = asOf - lastPurchase[c];
    overdue[c] = daysSince[c] / interval[c];
  }
  return { asOf, datasetInterval, purchaseDays, lastPurchase, interval, own, daysSince, overdue };
}
