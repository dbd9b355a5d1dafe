import { describe, expect, it } from 'vitest';
import { UNCLASSIFIED, keyPersonRisk } from '../../../../src/core/index.ts';
import type { CodedColumn } from '../../../../src/core/index.ts';
import { expectClose } from '../helpers/expectClose.ts';

const U = UNCLASSIFIED;

describe('keyPersonRisk(owner, revenue, tiers)', () => {
  // Owners: Li (code 0), Wang (code 1), Zhao (code 2, nobody analysed), and one customer without owner.
  const owner: CodedColumn = { codes: Int32Array.from([0, 0, 1, 1, 1, -1, 2]), values: ['Li', 'Wang', 'Zhao'] };
  // Revenues > 0: 50 + 10 + 20 + 15 + 5 = 100 (customer 4 has −5: counted as a customer, no revenue).
  const revenue = Float64Array.from([50, 10, 20, 15, -5, 5, 99]);
  // Tiers: A = 0, B = 1, C = 2, inactive = 3; customer 6 is not in the analysis.
  const tiers = Uint8Array.from([0, 1, 0, 0, 3, 2, U]);

  it('gives each owner its share of revenue and of A-tier customers', () => {
    const rows = keyPersonRisk(owner, revenue, tiers);
    expect(rows.map((r) => r.owner)).toEqual(['Li', 'Wang', null]);
    const [li, wang, none] = rows;
    // Li: 60 / 100, A 1 of 3. Wang: 35 / 100, A 2 of 3. None: 5 / 100, A 0.
    expectClose(li.revenueShare, 0.6);
    expectClose(li.tierAShare, 1 / 3);
    expect(li.customers).toBe(2);
    expectClose(wang.revenueShare, 0.35);
    expectClose(wang.tierAShare, 2 / 3);
    expect(wang.customers).toBe(3);
    expect(wang.revenue).toBe(35);
    expectClose(none.revenueShare, 0.05);
  });

  it('flags owners above the threshold, never the group without owner', () => {
    expect(keyPersonRisk(owner, revenue, tiers).map((r) => r.flagged)).toEqual([true, true, false]);
    // At 0.65: Li 0.6 not above, A 1/3 not above → no; Wang A 2/3 = 0.667 above → yes.
    expect(keyPersonRisk(owner, revenue, tiers, { threshold: 0.65 }).map((r) => r.flagged)).toEqual([false, true, false]);
    // Exactly at the threshold is not above it: Li's 0.6 at 0.6 (and A 1/3).
    expect(keyPersonRisk(owner, revenue, tiers, { threshold: 0.6 + 1e-15 })[0].flagged).toBe(false);
  });

  it('has null shares without revenue or without A-tier customers', () => {
    const rows = keyPersonRisk(owner, new Float64Array(7), Uint8Array.from([3, 3, 3, 3, 3, 3, U]));
    expect(rows.every((r) => r.revenueShare === null && r.tierAShare === null && !r.flagged)).toBe(true);
  });
});
