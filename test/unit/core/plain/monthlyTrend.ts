// Reference: the plain implementation the fast path in src/core replaced, kept for the exact-equality tests (fastPaths.test.ts).
import type { AnalysisOptions, Dataset } from '../../../../src/core/model/index.ts';
import { AdderArray, fsum, formatDay, monthEnd, monthKey, snapToZero } from '../../../../src/core/stats/index.ts';
import { asOfDay } from '../../../../src/core/metrics/asOfDay.ts';
import { hhi } from '../../../../src/core/metrics/hhi.ts';
import { resolveOptions } from '../../../../src/core/metrics/resolveOptions.ts';
import { revenueTotal } from '../../../../src/core/metrics/revenueTotal.ts';
import { shareBase } from '../../../../src/core/metrics/shareBase.ts';

export interface TrendPoint {
  /** 'YYYY-MM' */
  readonly month: string;
  /** The day the point is evaluated at: the month's last day, T for T's month. */
  readonly asOf: string;
  readonly revenue: number;
  readonly customersWithRevenue: number;
  readonly hhi: number | null;
  readonly top10Share: number | null;
}

/**
 * Revenue, customersWithRevenue, HHI and top-10 share per calendar month, from the month of the first
 * row ≤ T to T's month. Each point is the summary's period evaluated at the month's last day e (T for
 * T's month): ttm → [e − 364, e], all → every day ≤ e; so the last point equals the headline numbers and
 * each point equals summarize() with asOf = e.
 *
 * Rows are put in day order once (counting sort), then a window slides over them: rows enter when their
 * day reaches e and, for ttm, leave when it falls before e − 364. Per-customer revenue is a compensated
 * sum (AdderArray: adding and removing rows leaves no drift), snapped like aggregateCustomers.
 * Cost: O(rows + days + months · customers).
 */
export function monthlyTrend(dataset: Dataset, options?: Partial<AnalysisOptions>, customerMask?: Uint8Array): TrendPoint[] {
  const resolved = resolveOptions(options);
  const { period } = resolved;
  const asOf = asOfDay(dataset, resolved);
  if (asOf === null) return [];
  const order = rowsByDay(dataset, asOf, customerMask);
  if (order.length === 0) return [];
  const { customer, day, amount } = dataset.transactions;
  const size = dataset.customers.length;
  const net = new AdderArray(size);
  const gross = new Float64Array(size);
  // Non-zero rows of the customer in the window: when the last one leaves, the sums are reset to an
  // exact 0, so no residue of rows gone by can pose as revenue.
  const held = new Int32Array(size);
  const revenue = new Float64Array(size);

  const enter = (i: number) => {
    const c = customer[i];
    const a = amount[i];
    if (a === 0) return;
    net.add(c, a);
    gross[c] += Math.abs(a);
    held[c]++;
  };
  const leave = (i: number) => {
    const c = customer[i];
    const a = amount[i];
    if (a === 0) return;
    if (--held[c] === 0) {
      net.reset(c);
      gross[c] = 0;
    } else {
      net.add(c, -a);
      gross[c] -= Math.abs(a);
    }
  };

  const points: TrendPoint[] = [];
  let entered = 0;
  let left = 0;
  for (let end = Math.min(monthEnd(day[order[0]]), asOf); ; end = Math.min(monthEnd(end + 1), asOf)) {
    for (; entered < order.length && day[order[entered]] <= end; entered++) enter(order[entered]);
    if (period === 'ttm') for (; left < entered && day[order[left]] < end - 364; left++) leave(order[left]);
    for (let c = 0; c < size; c++) revenue[c] = snapToZero(net.valueAt(c), gross[c]);
    const { n, total } = shareBase(revenue);
    points.push({
      month: monthKey(end),
      asOf: formatDay(end),
      revenue: revenueTotal(revenue),
      customersWithRevenue: n,
      hhi: hhi(revenue),
      top10Share: n === 0 ? null : fsum(largest(revenue, 10)) / total,
    });
    if (end === asOf) return points;
  }
}

/** Indices of the rows that count (customer in the mask, finite amount, day ≤ T), in day order. */
function rowsByDay(dataset: Dataset, asOf: number, customerMask?: Uint8Array): Int32Array {
  const { length, customer, day, amount } = dataset.transactions;
  const counts = (i: number) =>
    day[i] <= asOf && Number.isFinite(amount[i]) && !(customerMask && customerMask[customer[i]] === 0);
  let first = asOf;
  let rows = 0;
  for (let i = 0; i < length; i++) {
    if (!counts(i)) continue;
    rows++;
    if (day[i] < first) first = day[i];
  }
  const starts = new Int32Array(asOf - first + 2);
  for (let i = 0; i < length; i++) if (counts(i)) starts[day[i] - first + 1]++;
  for (let d = 1; d < starts.length; d++) starts[d] += starts[d - 1];
  const order = new Int32Array(rows);
  for (let i = 0; i < length; i++) if (counts(i)) order[starts[day[i] - first]++] = i;
  return order;
}

/** The k largest values > 0, in any order (a small buffer, so months × customers stays linear). */
function largest(values: Float64Array, k: number): Float64Array {
  const top = new Float64Array(k);
  let held = 0;
  let smallest = 0;
  for (const v of values) {
    if (!(v > 0)) continue;
    if (held < k) top[held++] = v;
    else if (v > top[smallest]) top[smallest] = v;
    else continue;
    // The buffer changed: find its smallest value again.
    smallest = 0;
    for (let j = 1; j < held; j++) if (top[j] < top[smallest]) smallest = j;
  }
  return top.subarray(0, held);
}
