/**
 * A second, deliberately plain implementation of docs/metrics.md on row objects: filter, sort, loop,
 * plain `+` sums, Maps keyed by customer id. It shares no code with src/core (dates go through Date.UTC),
 * so agreement on a large generated data set checks the columnar, single-pass implementation.
 */
import type { AnalysisOptions, Concentration, LifecycleStage, RfmSegment, Summary, Tier } from '../../../src/core/model/index.ts';
import type { RowInput } from './helpers/buildDataset.ts';
import { dayToIso, isoToDay } from './helpers/isoToDay.ts';

export interface NaiveRow {
  readonly customer: string;
  readonly day: number;
  readonly amount: number;
  readonly order: string | null;
}

export interface NaiveRfm {
  readonly r: number;
  readonly f: number;
  readonly m: number;
  readonly segment: RfmSegment;
}

export interface NaiveResult {
  readonly summary: Summary;
  readonly tiers: Map<string, Tier>;
  readonly stages: Map<string, LifecycleStage>;
  readonly rfm: Map<string, NaiveRfm>;
  readonly segmentCounts: Map<RfmSegment, number>;
  readonly segmentRevenue: Map<RfmSegment, number>;
}

export function naiveRows(rows: readonly RowInput[]): NaiveRow[] {
  return rows.map((row) => ({ customer: row.customer, day: isoToDay(row.date), amount: row.amount, order: row.order ?? null }));
}

/** Code-unit order, spelled out. */
function compareIds(x: string, y: string): number {
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x.charCodeAt(i) !== y.charCodeAt(i)) return x.charCodeAt(i) - y.charCodeAt(i);
  }
  return x.length - y.length;
}

const plainSum = (values: number[]) => values.reduce((s, v) => s + v, 0);

/** A net that is zero up to rounding (|net| ≤ 1e-12 · Σ|values|) is 0. */
function net(values: number[]): number {
  const total = plainSum(values);
  return Math.abs(total) <= 1e-12 * plainSum(values.map(Math.abs)) ? 0 : total;
}

function naiveConcentration(descending: number[]): Concentration {
  const n = descending.length;
  if (n === 0) {
    return { hhi: null, hhiNormalized: null, effectiveCustomers: null, gini: null, top1Share: null, top5Share: null, top10Share: null, top20PctShare: null, paretoCustomerShare80: null };
  }
  const total = plainSum(descending);
  const shares = descending.map((r) => r / total);
  const h = plainSum(shares.map((s) => s * s));
  const ascending = [...descending].reverse();
  const top = (k: number) => plainSum(shares.slice(0, k));
  let k = 0;
  let cumulative = 0;
  while (cumulative < 0.8 - 1e-12 * 0.8) cumulative += shares[k++];
  return {
    hhi: 10000 * h,
    hhiNormalized: n === 1 ? null : (h - 1 / n) / (1 - 1 / n),
    effectiveCustomers: 1 / h,
    gini: (2 * plainSum(ascending.map((r, i) => (i + 1) * r))) / (n * total) - (n + 1) / n,
    top1Share: top(1),
    top5Share: top(5),
    top10Share: top(10),
    top20PctShare: top(Math.ceil(n / 5)),
    paretoCustomerShare80: k / n,
  };
}

function rfmSegment(r: number, fm: number): RfmSegment {
  switch (r) {
    case 5: return fm === 1 ? 'new' : fm <= 3 ? 'potentialLoyalist' : 'champions';
    case 4: return fm === 1 ? 'promising' : fm === 2 ? 'potentialLoyalist' : fm === 3 ? 'loyal' : 'champions';
    case 3: return fm <= 2 ? 'aboutToSleep' : fm === 3 ? 'needAttention' : 'loyal';
    case 2: return fm <= 2 ? 'hibernating' : fm <= 4 ? 'atRisk' : 'cannotLoseThem';
    default: return fm <= 2 ? 'lost' : fm <= 4 ? 'atRisk' : 'cannotLoseThem';
  }
}

/** Everything of one analysis. `customerIds` is the customer table (master-only customers included). */
export function naiveAnalysis(
  allRows: readonly NaiveRow[],
  customerIds: readonly string[],
  options: AnalysisOptions,
  { withRfm = true }: { withRfm?: boolean } = {},
): NaiveResult {
  const ids = new Set(customerIds);
  const rows = allRows.filter((row) => ids.has(row.customer));
  const asOf = options.asOf ?? (allRows.length === 0 ? null : allRows.reduce((max, row) => Math.max(max, row.day), -Infinity));
  const T = asOf ?? -Infinity;
  const upToT = rows.filter((row) => row.day <= T);
  const inPeriod = upToT.filter((row) => options.period === 'all' || row.day >= T - 364);

  const withRows = new Set(rows.map((row) => row.customer));
  const present = new Set(upToT.map((row) => row.customer));
  const counted = customerIds.filter((id) => present.has(id) || !withRows.has(id));

  const periodRows = new Map<string, NaiveRow[]>(customerIds.map((id) => [id, []]));
  for (const row of inPeriod) periodRows.get(row.customer)!.push(row);
  const revenue = new Map<string, number>();
  for (const id of customerIds) revenue.set(id, net(periodRows.get(id)!.map((row) => row.amount)));
  const ranked = customerIds
    .filter((id) => revenue.get(id)! > 0)
    .sort((x, y) => revenue.get(y)! - revenue.get(x)! || compareIds(x, y));
  const descending = ranked.map((id) => revenue.get(id)!);
  const concentration = naiveConcentration(descending);

  const tiers = new Map<string, Tier>();
  for (const id of counted) tiers.set(id, 'inactive');
  const total = plainSum(descending);
  let before = 0;
  for (const id of ranked) {
    const share = before / total;
    tiers.set(id, share < options.tiers.a * (1 - 1e-12) ? 'A' : share < options.tiers.b * (1 - 1e-12) ? 'B' : 'C');
    before += revenue.get(id)!;
  }

  const { recent, atRisk, lost } = options.lifecycle;
  const stages = new Map<string, LifecycleStage>();
  const purchases = new Map<string, number[]>();
  for (const row of upToT) {
    if (row.amount > 0) {
      const days = purchases.get(row.customer);
      if (days) days.push(row.day);
      else purchases.set(row.customer, [row.day]);
    }
  }
  for (const [id, days] of purchases) {
    const first = Math.min(...days);
    const last = Math.max(...days);
    let stage: LifecycleStage;
    if (first > T - recent) stage = 'new';
    else if (last > T - recent) stage = days.some((d) => d > T - recent - lost && d <= T - recent) ? 'active' : 'reactivated';
    else if (last > T - atRisk) stage = 'atRisk';
    else if (last > T - lost) stage = 'dormant';
    else stage = 'lost';
    stages.set(id, stage);
  }

  const scored = withRfm ? [...purchases.keys()] : [];
  const recency = scored.map((id) => T - Math.max(...purchases.get(id)!));
  const frequency = scored.map((id) => {
    const orders = new Set<string>();
    periodRows.get(id)!.forEach((row, i) => {
      if (row.amount > 0) orders.add(row.order ?? `\0row ${i}`);
    });
    return orders.size;
  });
  const monetary = scored.map((id) => revenue.get(id)!);
  const N = scored.length;
  const below = (values: number[], v: number) => {
    let k = 0;
    for (const w of values) if (w < v) k++;
    return k;
  };
  const above = (values: number[], v: number) => {
    let k = 0;
    for (const w of values) if (w > v) k++;
    return k;
  };
  const up = (values: number[], v: number) => 1 + Math.floor((5 * below(values, v)) / N);
  const down = (values: number[], v: number) => 1 + Math.floor((5 * above(values, v)) / N);
  const rfm = new Map<string, NaiveRfm>();
  const segmentCounts = new Map<RfmSegment, number>();
  const segmentRevenue = new Map<RfmSegment, number>();
  scored.forEach((id, i) => {
    const r = down(recency, recency[i]);
    const f = up(frequency, frequency[i]);
    const m = up(monetary, monetary[i]);
    const segment = rfmSegment(r, Math.floor((f + m) / 2 + 0.5));
    rfm.set(id, { r, f, m, segment });
    segmentCounts.set(segment, (segmentCounts.get(segment) ?? 0) + 1);
    segmentRevenue.set(segment, (segmentRevenue.get(segment) ?? 0) + monetary[i]);
  });

  const count = <K extends string>(values: Iterable<K>, keys: readonly K[]) => {
    const counts = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
    for (const v of values) counts[v]++;
    return counts;
  };
  return {
    summary: {
      asOf: asOf === null ? null : dayToIso(asOf),
      period: options.period,
      customersTotal: counted.length,
      customersWithRevenue: ranked.length,
      revenue: net(inPeriod.map((row) => row.amount)),
      concentration,
      tiers: count(tiers.values(), ['A', 'B', 'C', 'inactive']),
      lifecycle: count(stages.values(), ['new', 'reactivated', 'active', 'atRisk', 'dormant', 'lost']),
    },
    tiers,
    stages,
    rfm,
    segmentCounts,
    segmentRevenue,
  };
}

export interface NaiveTrendPoint {
  readonly month: string;
  readonly asOf: string;
  readonly revenue: number;
  readonly customersWithRevenue: number;
  readonly hhi: number | null;
  readonly top10Share: number | null;
}

/** The monthly trend, each point computed from scratch: filter the rows of the period ending at the month end, group, sort. */
export function naiveTrend(rows: readonly NaiveRow[], options: AnalysisOptions): NaiveTrendPoint[] {
  if (rows.length === 0) return [];
  const T = options.asOf ?? rows.reduce((max, row) => Math.max(max, row.day), -Infinity);
  const upToT = rows.filter((row) => row.day <= T);
  if (upToT.length === 0) return [];
  const first = dayToIso(upToT.reduce((min, row) => Math.min(min, row.day), Infinity));
  const points: NaiveTrendPoint[] = [];
  for (let [year, month] = first.split('-').map(Number); ; month === 12 ? ((year += 1), (month = 1)) : (month += 1)) {
    const end = Math.min(Date.UTC(year, month, 0) / 86_400_000, T);
    const inPeriod = upToT.filter((row) => row.day <= end && (options.period === 'all' || row.day >= end - 364));
    const byCustomer = new Map<string, number[]>();
    for (const row of inPeriod) {
      const amounts = byCustomer.get(row.customer);
      if (amounts) amounts.push(row.amount);
      else byCustomer.set(row.customer, [row.amount]);
    }
    const descending = [...byCustomer.values()].map(net).filter((r) => r > 0).sort((x, y) => y - x);
    const total = plainSum(descending);
    points.push({
      month: dayToIso(end).slice(0, 7),
      asOf: dayToIso(end),
      revenue: net(inPeriod.map((row) => row.amount)),
      customersWithRevenue: descending.length,
      hhi: descending.length === 0 ? null : 10000 * plainSum(descending.map((r) => (r / total) ** 2)),
      top10Share: descending.length === 0 ? null : plainSum(descending.slice(0, 10)) / total,
    });
    if (end === T) return points;
  }
}
