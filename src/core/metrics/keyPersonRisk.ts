import { NO_CODE } from '../model/index.ts';
import type { CodedColumn } from '../model/index.ts';
import { Adder, exceeds } from '../stats/index.ts';
import { UNCLASSIFIED } from './unclassified.ts';

/** Default share of revenue or of A-tier customers above which one owner is a key-person risk. */
export const KEY_PERSON_SHARE = 0.3;

export interface OwnerRisk {
  /** Owner name; null collects the customers without an owner. */
  readonly owner: string | null;
  /** Customers of the analysis (any tier, inactive included). */
  readonly customers: number;
  /** Σ of the owner's customer revenues > 0. */
  readonly revenue: number;
  /** revenue ÷ Σ of all customer revenues > 0 (the SPEC share base); null when that is 0. */
  readonly revenueShare: number | null;
  readonly tierA: number;
  /** tierA ÷ all A-tier customers; null when there are none. */
  readonly tierAShare: number | null;
  /** Above the threshold in revenue or A-tier share; never for the null group (no person to lose). */
  readonly flagged: boolean;
}

/**
 * Key-person risk: how much of the revenue and of the A-tier customers each owner holds, so that one
 * rep leaving would take too much with them. Shares use the SPEC share base (customer revenues > 0).
 * An owner is flagged when either share is above `threshold` (strictly; a share within 1e-12 of it is
 * not above). `tiers` are abcTiers codes (0 = A; UNCLASSIFIED = not in the analysis). Sorted by revenue
 * descending, then owner (code-unit order), null last; owners without a customer in the analysis are
 * left out.
 */
export function keyPersonRisk(
  owner: CodedColumn,
  revenue: Float64Array,
  tiers: Uint8Array,
  { threshold = KEY_PERSON_SHARE }: { readonly threshold?: number } = {},
): OwnerRisk[] {
  const slots = owner.values.length + 1;
  const customers = new Int32Array(slots);
  const tierA = new Int32Array(slots);
  const sums = Array.from({ length: slots }, () => new Adder());
  const all = new Adder();
  let allA = 0;
  for (let c = 0; c < tiers.length; c++) {
    if (tiers[c] === UNCLASSIFIED) continue;
    const slot = owner.codes[c] === NO_CODE ? 0 : owner.codes[c] + 1;
    customers[slot]++;
    if (revenue[c] > 0) {
      sums[slot].add(revenue[c]);
      all.add(revenue[c]);
    }
    if (tiers[c] === 0) {
      tierA[slot]++;
      allA++;
    }
  }
  const total = +all;
  const rows: OwnerRisk[] = [];
  for (let slot = 0; slot < slots; slot++) {
    if (customers[slot] === 0) continue;
    const name = slot === 0 ? null : owner.values[slot - 1];
    const ownerRevenue = +sums[slot];
    const revenueShare = total > 0 ? ownerRevenue / total : null;
    const tierAShare = allA > 0 ? tierA[slot] / allA : null;
    const flagged =
      name !== null && ((revenueShare !== null && exceeds(revenueShare, threshold)) || (tierAShare !== null && exceeds(tierAShare, threshold)));
    rows.push({ owner: name, customers: customers[slot], revenue: ownerRevenue, revenueShare, tierA: tierA[slot], tierAShare, flagged });
  }
  return rows.sort((x, y) => y.revenue - x.revenue || compareOwners(x.owner, y.owner));
}

function compareOwners(x: string | null, y: string | null): number {
  if (x === y) return 0;
  if (x === null) return 1;
  if (y === null) return -1;
  return x < y ? -1 : 1;
}
