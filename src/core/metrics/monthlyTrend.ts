import type { AnalysisOptions, Dataset } from '../model/index.ts';
import { Adder, fsum, formatDay, inSteps, monthEnd, monthKey, runSteps, snapToZero } from '../stats/index.ts';
import { asOfDay } from './asOfDay.ts';
import { customerRows } from './customerRows.ts';
import { resolveOptions } from './resolveOptions.ts';

/** Customers the top share counts. */
const TOP = 10;
/** Packs a month range [first, end) into one number (far more months than any data set spans). */
const SPAN = 65536;

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
 * Each customer's rows (customerRows, put in day order) slide through a window month by month: rows
 * enter when their day reaches e and, for ttm, leave when it falls before e − 364. The customer's
 * revenue is a compensated sum (Neumaier, as AdderArray: adding and removing rows leaves no drift; it
 * restarts from an exact 0 when the last row has left), snapped like aggregateCustomers. The month
 * sums go over the customers in customer order; HHI takes a second pass, as it needs each month's
 * total first. Cost: O(rows + customers · months they hold rows in), reading each customer's rows
 * side by side.
 */
export function monthlyTrend(dataset: Dataset, options?: Partial<AnalysisOptions>, customerMask?: Uint8Array): TrendPoint[] {
  return runSteps(monthlyTrendSteps(dataset, options, customerMask));
}

/**
 * monthlyTrend as steps: the generator pauses every STEP_CUSTOMERS customers of each pass and
 * returns the points, so that a worker can receive messages between steps and give up once the
 * answer is no longer wanted (at 1M rows the trend takes a few hundred milliseconds the first time).
 */
export function* monthlyTrendSteps(dataset: Dataset, options?: Partial<AnalysisOptions>, customerMask?: Uint8Array): Generator<void, TrendPoint[]> {
  const resolved = resolveOptions(options);
  const { period } = resolved;
  const asOf = asOfDay(dataset, resolved);
  if (asOf === null) return [];
  const window = yield* customerWindow(dataset, asOf, period === 'ttm', customerMask);
  if (window.months.length === 0) return [];
  const { months, revenue, replay } = window;
  const count = months.length;
  const positive = months.map(() => new Adder());
  const net = months.map(() => new Adder());
  const absolute = months.map(() => new Adder());
  const squares = months.map(() => new Adder());
  const withRevenue = new Int32Array(count);
  // The TOP largest revenues of each month (in the order a scan in customer order keeps them).
  const top = new Float64Array(count * TOP);
  const held = new Int32Array(count);
  const smallest = new Int32Array(count);

  // A function per customer rather than a loop over months in each pass's: they are optimized after a
  // few calls, while each pass's function runs once per step.
  const addMonths = (span: number): void => {
    for (let m = Math.floor(span / SPAN), to = span % SPAN; m < to; m++) {
      const r = revenue[m];
      if (r === 0) continue;
      net[m].add(r);
      absolute[m].add(Math.abs(r));
      if (!(r > 0)) continue;
      positive[m].add(r);
      withRevenue[m]++;
      const base = m * TOP;
      if (held[m] < TOP) top[base + held[m]++] = r;
      else if (r > top[base + smallest[m]]) top[base + smallest[m]] = r;
      else continue;
      // The buffer changed: find its smallest value again.
      let low = 0;
      for (let j = 1; j < held[m]; j++) if (top[base + j] < top[base + low]) low = j;
      smallest[m] = low;
    }
  };
  const size = dataset.customers.length;
  yield* inSteps(size, (from, to) => {
    for (let c = from; c < to; c++) addMonths(replay(c));
  });
  const totals = positive.map((sum) => +sum);
  // hhi(): 10 000 · Σ (r / total)² over the positive revenues, in customer order.
  const addSquares = (span: number): void => {
    for (let m = Math.floor(span / SPAN), to = span % SPAN; m < to; m++) {
      const r = revenue[m];
      if (!(r > 0)) continue;
      const share = r / totals[m];
      squares[m].add(share * share);
    }
  };
  yield* inSteps(size, (from, to) => {
    for (let c = from; c < to; c++) addSquares(replay(c));
  });
  return months.map((end, m) => {
    const n = withRevenue[m];
    return {
      month: monthKey(end),
      asOf: formatDay(end),
      revenue: snapToZero(+net[m], +absolute[m]),
      customersWithRevenue: n,
      hhi: n === 0 ? null : 10000 * +squares[m],
      top10Share: n === 0 ? null : fsum(top.subarray(m * TOP, m * TOP + held[m])) / totals[m],
    };
  });
}

/** One customer at a time, its revenue at each month end: over the rows that count (day ≤ T, finite amount, customer in the mask). */
interface CustomerWindow {
  /** Month ends e, oldest first: each month's last day, T for T's month; empty without any row that counts. */
  readonly months: readonly number[];
  /** After replay(c): the customer's revenue at months[m] for m in [first, the end replay returned), 0 where it holds no row. */
  readonly revenue: Float64Array;
  /** Fills `revenue` for customer c; returns [first month, end) packed as first · 2^16 + end (end ≤ first when none). */
  readonly replay: (c: number) => number;
}

function* customerWindow(dataset: Dataset, asOf: number, sliding: boolean, mask: Uint8Array | undefined): Generator<void, CustomerWindow> {
  const { offsets, day, amount } = customerRows(dataset);
  const size = dataset.customers.length;
  let first = asOf + 1;
  let longest = 0;
  yield* inSteps(size, (from, to) => {
    for (let c = from; c < to; c++) {
      if (mask !== undefined && mask[c] === 0) continue;
      longest = Math.max(longest, offsets[c + 1] - offsets[c]);
      for (let i = offsets[c]; i < offsets[c + 1]; i++) if (day[i] < first && Number.isFinite(amount[i])) first = day[i];
    }
  });
  const months: number[] = [];
  if (first <= asOf) {
    for (let end = Math.min(monthEnd(first), asOf); ; end = Math.min(monthEnd(end + 1), asOf)) {
      months.push(end);
      if (end === asOf) break;
    }
  }
  const count = months.length;
  const ends = Int32Array.from(months);
  // Month (index into months) of each day from the first one to T.
  const monthOf = new Int32Array(Math.max(0, asOf - first + 1));
  for (let d = first, m = 0; d <= asOf; d++) {
    if (d > ends[m]) m++;
    monthOf[d - first] = m;
  }
  const revenue = new Float64Array(count);
  // The customer's rows that count, in day order (file order within a day).
  const rows = new Int32Array(longest);

  const replay = (c: number): number => {
    if (mask !== undefined && mask[c] === 0) return 0;
    let k = 0;
    let sorted = true;
    for (let i = offsets[c], stop = offsets[c + 1]; i < stop; i++) {
      if (day[i] > asOf || !Number.isFinite(amount[i])) continue;
      if (k > 0 && day[i] < day[rows[k - 1]]) sorted = false;
      rows[k++] = i;
    }
    if (k === 0) return 0;
    if (!sorted) rows.subarray(0, k).sort((i, j) => day[i] - day[j] || i - j);

    const from = monthOf[day[rows[0]] - first];
    let entered = 0;
    let left = 0;
    let sum = 0;
    let compensation = 0;
    let gross = 0;
    let holding = 0;
    let m = from;
    for (; m < count; m++) {
      const end = ends[m];
      for (; entered < k && day[rows[entered]] <= end; entered++) {
        const a = amount[rows[entered]];
        if (a === 0) continue;
        const next = sum + a;
        compensation += Math.abs(sum) >= Math.abs(a) ? sum - next + a : a - next + sum;
        sum = next;
        gross += Math.abs(a);
        holding++;
      }
      if (sliding) {
        for (; left < entered && day[rows[left]] < end - 364; left++) {
          const a = amount[rows[left]];
          if (a === 0) continue;
          if (--holding === 0) {
            // The last row left: restart from an exact 0, with no residue of the rows gone by.
            sum = 0;
            compensation = 0;
            gross = 0;
          } else {
            const next = sum - a;
            compensation += Math.abs(sum) >= Math.abs(a) ? sum - next - a : -a - next + sum;
            sum = next;
            gross -= Math.abs(a);
          }
        }
      }
      revenue[m] = holding === 0 ? 0 : snapToZero(sum + compensation, gross);
      // Nothing left to enter and nothing held: every later month is 0 too.
      if (holding === 0 && entered === k) return from * SPAN + m + 1;
    }
    return from * SPAN + m;
  };
  return { months, revenue, replay };
}
