import { LIFECYCLE_STAGES } from '../model/index.ts';
import type { Dataset } from '../model/index.ts';
import { Adder, AdderArray } from '../stats/index.ts';
import { customerRows } from './customerRows.ts';

const AT_RISK = LIFECYCLE_STAGES.indexOf('atRisk');
const DORMANT = LIFECYCLE_STAGES.indexOf('dormant');

export interface RevenueAtRisk {
  /** Σ of the at-risk and dormant customers' revenue in the trailing year [T − 364, T]. */
  readonly total: number;
  /** At-risk and dormant customers (with or without revenue in that year). */
  readonly customers: number;
  /** Per customer (indexed like the customer table): that revenue, 0 for customers in neither stage. */
  readonly revenue: Float64Array;
}

/**
 * Revenue at risk: what the customers now `atRisk` or `dormant` (lifecycle codes of analyze()) brought
 * in the last 365 days, [T − 364, T] — a year of the revenue the business stands to lose if they do
 * not come back. Dormant customers' last purchase (T − 365, T − 180] always falls in that year. Refunds in that window count (net revenue, like every revenue). The
 * window is the same for period 'ttm' and 'all' (the lifecycle stages do not depend on the period).
 * Rows of customers outside `customerMask` and non-finite amounts are skipped. T null → 0.
 */
export function revenueAtRisk(
  dataset: Dataset,
  stageCodes: Uint8Array,
  asOf: number | null,
  customerMask?: Uint8Array,
): RevenueAtRisk {
  const size = dataset.customers.length;
  const sums = new AdderArray(size);
  let customers = 0;
  for (let c = 0; c < stageCodes.length; c++) if (stageCodes[c] === AT_RISK || stageCodes[c] === DORMANT) customers++;
  const revenue = new Float64Array(size);
  if (asOf === null || customers === 0) return { total: 0, customers, revenue };

  const from = asOf - 364;
  const to = asOf;
  // Only the customers in either stage: their rows side by side (customerRows, file order).
  const { offsets, day, amount } = customerRows(dataset);
  for (let c = 0; c < size; c++) {
    const code = stageCodes[c];
    if (code !== AT_RISK && code !== DORMANT) continue;
    if (customerMask && customerMask[c] === 0) continue;
    for (let i = offsets[c], end = offsets[c + 1]; i < end; i++) {
      const d = day[i];
      if (d < from || d > to || !Number.isFinite(amount[i])) continue;
      sums.add(c, amount[i]);
    }
  }
  const total = new Adder();
  for (let c = 0; c < size; c++) total.add((revenue[c] = sums.valueAt(c)));
  return { total: +total, customers, revenue };
}

/**
 * revenueAtRisk() of a masked analysis from `whole`, that of the unmasked analysis at the same T,
 * without reading the rows: a customer's year of revenue depends on its own rows only, and so does its
 * stage, so the customers in either stage under the mask (`stageCodes`, UNCLASSIFIED outside it) take
 * their unmasked revenue and the total is summed again in customer order, as the masked pass sums it
 * (the others add 0, which leaves an Adder's sum as it is). The per-customer revenue fills `into` when
 * given (whatever it holds: every entry is written), so that a caller can reuse an array it no longer needs.
 */
export function maskRevenueAtRisk(whole: RevenueAtRisk, stageCodes: Uint8Array, into?: Float64Array): RevenueAtRisk {
  const size = stageCodes.length;
  if (into !== undefined && into.length !== size) throw new RangeError(`maskRevenueAtRisk: an array of ${into.length} entries for ${size} customers`);
  const revenue = into?.fill(0) ?? new Float64Array(size);
  const total = new Adder();
  let customers = 0;
  for (let c = 0; c < size; c++) {
    if (stageCodes[c] !== AT_RISK && stageCodes[c] !== DORMANT) continue;
    customers++;
    total.add((revenue[c] = whole.revenue[c]));
  }
  return { total: +total, customers, revenue };
}
