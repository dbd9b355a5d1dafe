import { expect, test } from 'vitest';
import { dailyQuota } from '../../../../scripts/demo/index.ts';

test.each([
  // weights 1,1,2 (total 4), 4 rows: cumulative targets round(4·1/4)=1, round(4·2/4)=2, 4 → 1, 1, 2
  { weights: [1, 1, 2], rows: 4, expected: [1, 1, 2] },
  // weights 1,2,1, 3 rows: targets round(0.75)=1, round(2.25)=2, 3 → 1, 1, 1
  { weights: [1, 2, 1], rows: 3, expected: [1, 1, 1] },
  // a zero-weight day gets nothing: targets round(0)=0, round(5·1/2)=3 (2.5 rounds up), 5 → 0, 3, 2
  { weights: [0, 1, 1], rows: 5, expected: [0, 3, 2] },
  { weights: [3, 1], rows: 0, expected: [0, 0] },
])('dailyQuota($weights, $rows) is $expected', ({ weights, rows, expected }) => {
  expect([...dailyQuota(Float64Array.from(weights), rows)]).toEqual(expected);
});

test('dailyQuota(weights, rows) always adds up to rows', () => {
  const weights = Float64Array.from({ length: 1000 }, (_, i) => 1 + Math.sin(i) ** 2);
  for (const rows of [1, 999, 12_345]) expect(dailyQuota(weights, rows).reduce((a, b) => a + b, 0)).toBe(rows);
});
