import type { Dataset } from '../model/index.ts';
import { dayFromYmd, inSteps, runSteps } from '../stats/index.ts';
import { customerRows } from './customerRows.ts';
import { monthIndex, monthIndexKey } from './monthIndex.ts';

export interface CohortRow {
  /** First-purchase month, 'YYYY-MM'. */
  readonly cohort: string;
  /** Customers whose first purchase falls in the month. */
  readonly size: number;
  /** retained[k]: customers of the cohort with a purchase in the k-th month after it (k = 0 is the cohort month), up to T's month. */
  readonly retained: readonly number[];
  /** retained[k] / size; null when the cohort is empty. */
  readonly share: readonly (number | null)[];
}

/**
 * Monthly cohort retention: cohort = month of the customer's first purchase (row with amount > 0,
 * dated ≤ T, over all the customer's rows, not only the period's); cell (cohort, k) = the share of the
 * cohort with a purchase in the k-th calendar month after the cohort month. Rows are the `cohorts`
 * calendar months ending with T's month, oldest first, empty months included (size 0, shares null); a
 * cohort has one cell per month up to T's month, so the table is a triangle and the last column is
 * the partial month that ends at T. Cell k = 0 is 1 for every non-empty cohort. Only customers with
 * `customerMask[c] !== 0` count; rows after T and non-finite amounts are ignored.
 * Cost: one pass over each customer's rows; a customer's active months are bits of one 32-bit word.
 */
export function cohortRetention(dataset: Dataset, asOf: number, customerMask?: Uint8Array, cohorts = 24): CohortRow[] {
  return runSteps(cohortRetentionSteps(dataset, asOf, customerMask, cohorts));
}

/**
 * cohortRetention as steps: the generator pauses every STEP_CUSTOMERS customers of each pass and
 * returns the rows, so that a worker can receive messages between steps and give up once the answer
 * is no longer wanted (the pass over the rows takes tens of milliseconds at 1M rows).
 */
export function* cohortRetentionSteps(dataset: Dataset, asOf: number, customerMask?: Uint8Array, cohorts = 24): Generator<void, CohortRow[]> {
  if (!Number.isInteger(cohorts) || cohorts < 1 || cohorts > 32) throw new RangeError(`cohortRetention: ${cohorts} cohorts (1–32)`);
  const { offsets, day, amount } = customerRows(dataset);
  const size = dataset.customers.length;

  const lastMonth = monthIndex(asOf);
  const firstCohort = lastMonth - cohorts + 1;
  // Cohort of each customer as an offset from firstCohort, −1 when outside the rows (or never bought),
  // and the months after it with a purchase as bits; each customer's rows side by side (customerRows).
  const cohortOf = new Int32Array(size).fill(-1);
  const months = new Uint32Array(size);
  // Month offset from firstCohort of each day from the first cohort's first day to T.
  const cohortStart = dayFromYmd(Math.floor(firstCohort / 12), (firstCohort % 12) + 1, 1);
  const monthOf = new Int32Array(Math.max(0, asOf - cohortStart + 1));
  for (let d = cohortStart; d <= asOf; d++) monthOf[d - cohortStart] = monthIndex(d) - firstCohort;
  yield* inSteps(size, (from, to) => {
    for (let c = from; c < to; c++) {
      if (customerMask && customerMask[c] === 0) continue;
      // One pass over the customer's purchases: the first one's day, and the months bought in as bits
      // counted from the first cohort (shifted to count from the customer's own cohort below).
      let first = 2147483647;
      let bought = 0;
      for (let i = offsets[c], end = offsets[c + 1]; i < end; i++) {
        const d = day[i];
        if (!(amount[i] > 0 && Number.isFinite(amount[i]) && d <= asOf)) continue;
        if (d < first) first = d;
        if (d >= cohortStart) bought |= 1 << monthOf[d - cohortStart];
      }
      // Never bought, or first bought before the first cohort.
      if (first === 2147483647 || first < cohortStart) continue;
      const cohort = monthOf[first - cohortStart];
      cohortOf[c] = cohort;
      months[c] = bought >>> cohort;
    }
  });

  const sizes = new Array<number>(cohorts).fill(0);
  const retained = Array.from({ length: cohorts }, (_, r) => new Array<number>(cohorts - r).fill(0));
  yield* inSteps(size, (from, to) => {
    for (let c = from; c < to; c++) {
      const r = cohortOf[c];
      if (r < 0) continue;
      sizes[r]++;
      for (let k = 0; k < cohorts - r; k++) if ((months[c] >>> k) & 1) retained[r][k]++;
    }
  });
  return retained.map((counts, r) => ({
    cohort: monthIndexKey(firstCohort + r),
    size: sizes[r],
    retained: counts,
    share: counts.map((count) => (sizes[r] === 0 ? null : count / sizes[r])),
  }));
}
