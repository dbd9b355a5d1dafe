import { NO_CODE } from '../model/index.ts';
import type { Dataset, PeriodKind } from '../model/index.ts';
import { snapToZero } from '../stats/index.ts';
import { customerRows } from './customerRows.ts';
import { orderStamps } from './orderStamps.ts';
import { NO_DAY } from './noDay.ts';
import { periodStart } from './periodStart.ts';
import { revenueTotal } from './revenueTotal.ts';

export interface AggregateWindow {
  /** As-of day T; rows after it are ignored. */
  readonly asOf: number;
  readonly period: PeriodKind;
  /** Lifecycle's recent window W: `lastPurchaseBeforeRecent` looks at purchases ≤ T − W. */
  readonly recentDays: number;
}

/** The per-customer arrays of CustomerAggregates, one entry per customer. */
export interface AggregateArrays {
  /** Net revenue in the period: Σ amount of the customer's rows in it, refunds included (0 when zero up to rounding). */
  readonly revenue: Float64Array;
  /** Distinct orders with a purchase row (amount > 0) in the period; a row without order id is one order. */
  readonly orders: Int32Array;
  /** First / last purchase day ≤ T (purchase = row with amount > 0, any period), NO_DAY when none. */
  readonly firstPurchase: Int32Array;
  readonly lastPurchase: Int32Array;
  /** Latest purchase day ≤ T − recentDays, NO_DAY when none. */
  readonly lastPurchaseBeforeRecent: Int32Array;
  /** 1 when the customer has any row (any amount) dated ≤ T. */
  readonly present: Uint8Array;
  /** 1 when the customer counts in customersTotal: in the mask and present, or without any row at all (master file only). */
  readonly counted: Uint8Array;
}

/** Per-customer numbers of one pass over the rows. */
export interface CustomerAggregates extends AggregateArrays {
  readonly asOf: number;
  /** First day of the period (−∞ for 'all'); the period is [periodStart, asOf]. */
  readonly periodStart: number;
  readonly recentDays: number;
  readonly customersTotal: number;
  /** Σ amount over all rows in the period of the counted customers, refunds included. */
  readonly totalRevenue: number;
}

/**
 * One pass over each customer's rows (customerRows: grouped by customer, file order within one) into
 * per-customer arrays. Customers with `customerMask[c] === 0` are skipped, as are rows whose amount is
 * not finite (import never produces them) and rows after T. Customer revenue is a compensated sum
 * (Neumaier, as AdderArray: the customer's rows in file order), snapped to 0 when it cancels to
 * rounding noise (snapToZero against Σ|amount| of the customer's rows).
 */
export function aggregateCustomers(
  dataset: Dataset,
  { asOf, period, recentDays }: AggregateWindow,
  customerMask?: Uint8Array,
): CustomerAggregates {
  const { offsets, day, amount, order } = customerRows(dataset);
  const n = dataset.customers.length;
  const start = periodStart(asOf, period);
  const recentCut = asOf - recentDays;

  const arrays = aggregateArrays(n);
  const { revenue, orders, firstPurchase, lastPurchase, lastPurchaseBeforeRecent, present, counted } = arrays;
  firstPurchase.fill(NO_DAY);
  lastPurchase.fill(NO_DAY);
  lastPurchaseBeforeRecent.fill(NO_DAY);
  let customersTotal = 0;
  // Distinct orders of one customer: each order code is marked with the stamp of the customer that counted it last.
  const { marks, base } = orderStamps(dataset, n);

  for (let c = 0; c < n; c++) {
    if (customerMask && customerMask[c] === 0) continue;
    const stamp = base + c;
    let hasRow = false;
    let isPresent = false;
    let sum = 0;
    let compensation = 0;
    let gross = 0;
    let count = 0;
    let first = NO_DAY;
    let last = NO_DAY;
    let lastBeforeRecent = NO_DAY;
    for (let i = offsets[c], end = offsets[c + 1]; i < end; i++) {
      const a = amount[i];
      if (!Number.isFinite(a)) continue;
      hasRow = true;
      const d = day[i];
      if (d > asOf) continue;
      isPresent = true;
      const purchase = a > 0;
      if (purchase) {
        if (first === NO_DAY || d < first) first = d;
        if (d > last) last = d;
        if (d <= recentCut && d > lastBeforeRecent) lastBeforeRecent = d;
      }
      if (d < start) continue;
      // AdderArray.add, on locals.
      const next = sum + a;
      compensation += Math.abs(sum) >= Math.abs(a) ? sum - next + a : a - next + sum;
      sum = next;
      gross += Math.abs(a);
      if (!purchase) continue;
      const o = order[i];
      if (o === NO_CODE) {
        count++;
      } else if (marks[o] !== stamp) {
        marks[o] = stamp;
        count++;
      }
    }
    revenue[c] = snapToZero(sum + compensation, gross);
    orders[c] = count;
    firstPurchase[c] = first;
    lastPurchase[c] = last;
    lastPurchaseBeforeRecent[c] = lastBeforeRecent;
    if (isPresent) present[c] = 1;
    // Counted: present at T, or without any row at all (listed by a master file only).
    if (isPresent || !hasRow) {
      counted[c] = 1;
      customersTotal++;
    }
  }
  return aggregatesWith({ asOf, periodStart: start, recentDays }, arrays, customersTotal);
}

/** New AggregateArrays of `size` entries. */
export function aggregateArrays(size: number): AggregateArrays {
  return {
    revenue: new Float64Array(size),
    orders: new Int32Array(size),
    firstPurchase: new Int32Array(size),
    lastPurchase: new Int32Array(size),
    lastPurchaseBeforeRecent: new Int32Array(size),
    present: new Uint8Array(size),
    counted: new Uint8Array(size),
  };
}

/** Customer c's entries of `from` into entry k of `to`; answers whether it counts (1 or 0). */
export function copyCustomer(from: AggregateArrays, c: number, to: AggregateArrays, k: number): number {
  to.revenue[k] = from.revenue[c];
  to.orders[k] = from.orders[c];
  to.firstPurchase[k] = from.firstPurchase[c];
  to.lastPurchase[k] = from.lastPurchase[c];
  to.lastPurchaseBeforeRecent[k] = from.lastPurchaseBeforeRecent[c];
  to.present[k] = from.present[c];
  return (to.counted[k] = from.counted[c]);
}

/**
 * `arrays` with the window of their pass and their totals: the one shape of every CustomerAggregates
 * (a pass over the rows, a mask or a subset of one), so that their readers' code stays monomorphic.
 */
export function aggregatesWith(
  { asOf, periodStart, recentDays }: Pick<CustomerAggregates, 'asOf' | 'periodStart' | 'recentDays'>,
  arrays: AggregateArrays,
  customersTotal: number,
): CustomerAggregates {
  return {
    asOf,
    periodStart,
    recentDays,
    revenue: arrays.revenue,
    orders: arrays.orders,
    firstPurchase: arrays.firstPurchase,
    lastPurchase: arrays.lastPurchase,
    lastPurchaseBeforeRecent: arrays.lastPurchaseBeforeRecent,
    present: arrays.present,
    counted: arrays.counted,
    customersTotal,
    totalRevenue: revenueTotal(arrays.revenue),
  };
}
