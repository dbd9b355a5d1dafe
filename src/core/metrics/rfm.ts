import { RFM_SEGMENTS } from '../model/index.ts';
import type { RfmSegment, RfmSegmentCounts } from '../model/index.ts';
import { Adder, lowerBound, quintileScore, quintileScores } from '../stats/index.ts';
import type { CustomerAggregates } from './customerAggregates.ts';
import { NO_DAY } from './noDay.ts';
import { rfmSegment } from './rfmSegment.ts';
import { UNCLASSIFIED } from './unclassified.ts';

export interface Rfm {
  /** Per customer: scores 1–5, 0 for customers not scored (no purchase ≤ T). */
  readonly r: Uint8Array;
  readonly f: Uint8Array;
  readonly m: Uint8Array;
  /** Per customer: index into RFM_SEGMENTS, UNCLASSIFIED when not scored. */
  readonly segments: Uint8Array;
  readonly counts: RfmSegmentCounts;
  /** Σ period revenue of the segment's customers. */
  readonly revenue: Readonly<Record<RfmSegment, number>>;
}

/**
 * RFM scores and segments (SPEC §2) of the customers with at least one purchase ≤ T:
 * recency = T − last purchase (days, lower is better), frequency = distinct orders in the period,
 * monetary = period revenue (both higher is better; they may be 0 or negative for a customer whose
 * purchases all fall before a ttm period). Scores by quintiles with ties in one bin (quintileScores)
 * over the scored customers only; the segment comes from rfmSegment (R and FM = round((F + M) / 2)).
 * `ranked` lists the customers with revenue > 0, revenue descending (the analysis's rankCustomers):
 * monetary scores are read from it (monetaryScores) instead of sorting the revenues again.
 */
export function rfm(aggregates: CustomerAggregates, ranked: Int32Array): Rfm {
  const { asOf, lastPurchase, orders, revenue } = aggregates;
  const size = lastPurchase.length;
  // Counted first, then typed arrays filled in one pass: a plain array grown by a push per scored
  // customer cost more than the scoring did with three sorts (7-15 against 9-11 ms for 63,000 customers).
  let count = 0;
  for (let c = 0; c < size; c++) if (lastPurchase[c] !== NO_DAY) count++;
  const scored = new Int32Array(count);
  const recency = new Float64Array(count);
  const frequency = new Float64Array(count);
  for (let c = 0, i = 0; c < size; c++) {
    if (lastPurchase[c] === NO_DAY) continue;
    scored[i] = c;
    recency[i] = asOf - lastPurchase[c];
    frequency[i++] = orders[c];
  }
  const rScores = quintileScores(recency, false);
  const fScores = quintileScores(frequency, true);
  const m = monetaryScores(revenue, scored, ranked);

  const r = new Uint8Array(size);
  const f = new Uint8Array(size);
  const segments = new Uint8Array(size).fill(UNCLASSIFIED);
  const counts = RFM_SEGMENTS.map(() => 0);
  const sums = RFM_SEGMENTS.map(() => new Adder());
  for (let i = 0; i < count; i++) {
    const c = scored[i];
    r[c] = rScores[i];
    f[c] = fScores[i];
    const code = rfmSegment(r[c], f[c], m[c]);
    segments[c] = code;
    counts[code]++;
    sums[code].add(revenue[c]);
  }
  const byName = (values: readonly number[]) =>
    Object.fromEntries(RFM_SEGMENTS.map((name, code) => [name, values[code]])) as Record<RfmSegment, number>;
  return { r, f, m, segments, counts: byName(counts), revenue: byName(sums.map((sum) => +sum)) };
}

/**
 * quintileScores(revenues of the scored customers, higher is better), per customer (0 for those not
 * scored), without a sort of the revenues: `ranked` orders the positive ones (every customer with
 * revenue > 0 has a purchase ≤ T, so is scored), zero revenues tie, and only negative ones (refunds
 * beyond the period's purchases, a handful) are sorted. In a browser worker the radix sort of 50,000
 * revenues took 9-48 ms of a filter change, much of it compiling its code again (it serves many callers).
 */
function monetaryScores(revenue: Float64Array, scored: Int32Array, ranked: Int32Array): Uint8Array {
  const n = scored.length;
  const scores = new Uint8Array(revenue.length);
  let zeros = 0;
  let negatives = 0;
  for (let i = 0; i < n; i++) {
    const value = revenue[scored[i]];
    if (value < 0) negatives++;
    else if (!(value > 0)) zeros++;
  }
  if (ranked.length + zeros + negatives !== n) throw new RangeError('monetaryScores: `ranked` must list the scored customers with revenue > 0');
  const below = new Float64Array(negatives);
  for (let i = 0, k = 0; i < n; i++) if (revenue[scored[i]] < 0) below[k++] = revenue[scored[i]];
  below.sort();
  for (let i = 0; i < n; i++) {
    const c = scored[i];
    const value = revenue[c];
    // A zero (or −0) has the negatives below it; a negative, those before its first equal.
    if (value < 0) scores[c] = quintileScore(lowerBound(below, value), n);
    else if (!(value > 0)) scores[c] = quintileScore(negatives, n);
  }
  // Ranked from the smallest up: a tie run's values have every value after its last entry below them.
  for (let k = ranked.length - 1, lastOfRun = k; k >= 0; k--) {
    if (k < ranked.length - 1 && revenue[ranked[k]] !== revenue[ranked[k + 1]]) lastOfRun = k;
    scores[ranked[k]] = quintileScore(negatives + zeros + (ranked.length - 1 - lastOfRun), n);
  }
  return scores;
}
