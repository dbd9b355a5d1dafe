// Reference: the plain implementation the fast path in src/core replaced, kept for the exact-equality tests (fastPaths.test.ts).
import { NO_CODE } from '../../../../src/core/model/index.ts';
import type { Dataset, PeriodKind } from '../../../../src/core/model/index.ts';
import { AdderArray, snapToZero } from '../../../../src/core/stats/index.ts';
import { NO_DAY } from '../../../../src/core/metrics/noDay.ts';
import { periodStart } from '../../../../src/core/metrics/periodStart.ts';
import { revenueTotal } from '../../../../src/core/metrics/revenueTotal.ts';

export interface AggregateWindow {
  /** As-of day T; rows after it are ignored. */
  readonly asOf: number;
  readonly period: PeriodKind;
  /** Lifecycle's recent window W: `lastPurchaseBeforeRecent` looks at purchases ≤ T − W. */
  readonly recentDays: number;
}

/** Per-customer numbers of one pass over the rows; every array has one entry per customer. */
export interface CustomerAggregates {
  readonly asOf: number;
  /** First day of the period (−∞ for 'all'); the period is [periodStart, asOf]. */
  readonly periodStart: number;
  readonly recentDays: number;
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
  readonly customersTotal: number;
  /** Σ amount over all rows in the period of the counted customers, refunds included. */
  readonly totalRevenue: number;
}

/**
 * One pass over the transaction rows into per-customer arrays (the only loop over rows of an analysis).
 * Rows of customers with `customerMask[c] === 0` are skipped, as are rows whose amount is not finite
 * (import never produces them) and rows after T. Customer revenue is a compensated sum (AdderArray),
 * snapped to 0 when it cancels to rounding noise (snapToZero against Σ|amount| of the customer's rows).
 */
export function aggregateCustomers(
  dataset: Dataset,
  { asOf, period, recentDays }: AggregateWindow,
  customerMask?: Uint8Array,
): CustomerAggregates {
  const { transactions, customers, orderCount } = dataset;
  const { customer, day, amount, order } = transactions;
  const n = customers.length;
  const start = periodStart(asOf, period);
  const recentCut = asOf - recentDays;

  const net = new AdderArray(n);
  const gross = new Float64Array(n);
  const orders = new Int32Array(n);
  const firstPurchase = new Int32Array(n).fill(NO_DAY);
  const lastPurchase = new Int32Array(n).fill(NO_DAY);
  const lastPurchaseBeforeRecent = new Int32Array(n).fill(NO_DAY);
  const present = new Uint8Array(n);
  const hasRow = new Uint8Array(n);

  // Distinct (customer, order) pairs without a Set per customer: the first customer seen with an
  // order code owns it; the rare code shared by several customers goes to a Set of pair keys.
  const orderOwner = new Int32Array(orderCount).fill(-1);
  const sharedOrders = new Set<number>();

  for (let i = 0; i < transactions.length; i++) {
    const c = customer[i];
    if (customerMask && customerMask[c] === 0) continue;
    const a = amount[i];
    if (!Number.isFinite(a)) continue;
    hasRow[c] = 1;
    const d = day[i];
    if (d > asOf) continue;
    present[c] = 1;
    const purchase = a > 0;
    if (purchase) {
      if (firstPurchase[c] === NO_DAY || d < firstPurchase[c]) firstPurchase[c] = d;
      if (d > lastPurchase[c]) lastPurchase[c] = d;
      if (d <= recentCut && d > lastPurchaseBeforeRecent[c]) lastPurchaseBeforeRecent[c] = d;
    }
    if (d < start) continue;
    net.add(c, a);
    gross[c] += Math.abs(a);
    if (!purchase) continue;
    const o = order[i];
    if (o === NO_CODE) {
      orders[c]++;
    } else if (orderOwner[o] === -1) {
      orderOwner[o] = c;
      orders[c]++;
    } else if (orderOwner[o] !== c) {
      const key = o * n + c;
      if (!sharedOrders.has(key)) {
        sharedOrders.add(key);
        orders[c]++;
      }
    }
  }

  const revenue = new Float64Array(n);
  const counted = new Uint8Array(n);
  let customersTotal = 0;
  for (let c = 0; c < n; c++) {
    revenue[c] = snapToZero(net.valueAt(c), gross[c]);
    if (present[c] === 1 || (hasRow[c] === 0 && (!customerMask || customerMask[c] !== 0))) {
      counted[c] = 1;
      customersTotal++;
    }
  }
  return {
    asOf,
    periodStart: start,
    recentDays,
    revenue,
    orders,
    firstPurchase,
    lastPurchase,
    lastPurchaseBeforeRecent,
    present,
    counted,
    customersTotal,
    totalRevenue: revenueTotal(revenue),
  };
}
