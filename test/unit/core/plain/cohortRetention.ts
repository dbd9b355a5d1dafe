// Reference: the plain implementation the fast path in src/core replaced, kept for the exact-equality tests (fastPaths.test.ts).
import type { Dataset } from '../../../../src/core/model/index.ts';
import { monthIndex, monthIndexKey } from '../../../../src/core/metrics/monthIndex.ts';

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
 * Cost: two passes over the rows; a customer's active months are bits of one 32-bit word.
 */
export function cohortRetention(dataset: Dataset, asOf: number, customerMask?: Uint8Array, cohorts = 24): CohortRow[] {
  if (!Number.isInteger(cohorts) || cohorts < 1 || cohorts > 32) throw new RangeError(`cohortRetention: ${cohorts} cohorts (1–32)`);
  const { customer, day, amount, length } = dataset.transactions;
  const size = dataset.customers.length;
  const purchase = (i: number) =>
    amount[i] > 0 && Number.isFinite(amount[i]) && day[i] <= asOf && !(customerMask && customerMask[customer[i]] === 0);

  const first = new Int32Array(size).fill(2147483647);
  for (let i = 0; i < length; i++) if (purchase(i) && day[i] < first[customer[i]]) first[customer[i]] = day[i];

  const lastMonth = monthIndex(asOf);
  const firstCohort = lastMonth - cohorts + 1;
  // Cohort of each customer as an offset from firstCohort, −1 when outside the rows (or never bought).
  const cohortOf = new Int32Array(size).fill(-1);
  for (let c = 0; c < size; c++) {
    if (first[c] === 2147483647) continue;
    const offset = monthIndex(first[c]) - firstCohort;
    if (offset >= 0) cohortOf[c] = offset;
  }
  const months = new Uint32Array(size);
  for (let i = 0; i < length; i++) {
    const c = customer[i];
    if (cohortOf[c] < 0 || !purchase(i)) continue;
    months[c] = (months[c] | (1 << (monthIndex(day[i]) - firstCohort - cohortOf[c]))) >>> 0;
  }

  const sizes = new Array<number>(cohorts).fill(0);
  const retained = Array.from({ length: cohorts }, (_, r) => new Array<number>(cohorts - r).fill(0));
  for (let c = 0; c < size; c++) {
    const r = cohortOf[c];
    if (r < 0) continue;
    sizes[r]++;
    for (let k = 0; k < cohorts - r; k++) if ((months[c] >>> k) & 1) retained[r][k]++;
  }
  return retained.map((counts, r) => ({
    cohort: monthIndexKey(firstCohort + r),
    size: sizes[r],
    retained: counts,
    share: counts.map((count) => (sizes[r] === 0 ? null : count / sizes[r])),
  }));
}
