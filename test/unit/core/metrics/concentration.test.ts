import { describe, expect, test } from 'vitest';
import { concentration } from '../../../../src/core/index.ts';
import { expectClose } from '../helpers/expectClose.ts';

describe('concentration(rankedRevenues)', () => {
  test('combines every key of SPEC §2 (50, 30, 20)', () => {
    const result = concentration(Float64Array.from([50, 30, 20]));
    expectClose(result.hhi, 3800);
    expectClose(result.hhiNormalized, 0.07);
    expectClose(result.effectiveCustomers, 10000 / 3800);
    expectClose(result.gini, 0.2);
    expectClose(result.top1Share, 0.5);
    expectClose(result.top5Share, 1);
    expectClose(result.top10Share, 1);
    expectClose(result.top20PctShare, 0.5); // ceil(0.6) = 1 customer
    expectClose(result.paretoCustomerShare80, 2 / 3);
  });

  test('is all null for no customer with revenue > 0', () => {
    expect(concentration(new Float64Array([0, -3]))).toEqual({
      hhi: null, hhiNormalized: null, effectiveCustomers: null, gini: null,
      top1Share: null, top5Share: null, top10Share: null, top20PctShare: null, paretoCustomerShare80: null,
    });
  });

  test('one customer: hhi 10 000, hhiNormalized null, effective 1, gini 0, shares 1, pareto 1', () => {
    expect(concentration(new Float64Array([123.45]))).toEqual({
      hhi: 10000, hhiNormalized: null, effectiveCustomers: 1, gini: 0,
      top1Share: 1, top5Share: 1, top10Share: 1, top20PctShare: 1, paretoCustomerShare80: 1,
    });
  });

  test('all equal: hhi 10 000/n, normalized 0, effective n, gini 0', () => {
    const result = concentration(new Float64Array(20).fill(7));
    expectClose(result.hhi, 500);
    expect(result.hhiNormalized).toBe(0);
    expectClose(result.effectiveCustomers, 20);
    expect(result.gini).toBe(0);
    expectClose(result.top1Share, 0.05);
    expectClose(result.top5Share, 0.25);
    expectClose(result.top10Share, 0.5);
    expectClose(result.top20PctShare, 0.2); // 4 of 20
    expectClose(result.paretoCustomerShare80, 0.8); // 16 of 20
  });
});
