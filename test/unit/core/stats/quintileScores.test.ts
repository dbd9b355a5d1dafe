import { expect, test } from 'vitest';
import { quintileScores } from '../../../../src/core/stats/quintileScores.ts';
import { mulberry32 } from '../helpers/mulberry32.ts';

const scores = (values: number[], higherIsBetter: boolean) => Array.from(quintileScores(Float64Array.from(values), higherIsBetter));

test('quintileScores(values, true): 1 + floor(5 · #smaller / N)', () => {
  // N = 10, #smaller = 0..9 → floor(5k/10) = 0,0,1,1,2,2,3,3,4,4.
  expect(scores([10, 1, 9, 2, 8, 3, 7, 4, 6, 5], true)).toEqual([5, 1, 5, 1, 4, 2, 4, 2, 3, 3]);
});

test('quintileScores(values, false): lower is better, 1 + floor(5 · #larger / N)', () => {
  expect(scores([10, 1, 9, 2, 8, 3, 7, 4, 6, 5], false)).toEqual([1, 5, 1, 5, 2, 4, 2, 4, 3, 3]);
});

test('quintileScores keeps ties in one bin', () => {
  // N = 5: values 1,1,1,1,2 → #smaller 0,0,0,0,4 → 1,1,1,1,1+floor(20/5)=5.
  expect(scores([1, 1, 2, 1, 1], true)).toEqual([1, 1, 5, 1, 1]);
  // #larger for the 1s = 1 → 1 + floor(5/5) = 2; for 2 → 1.
  expect(scores([1, 1, 2, 1, 1], false)).toEqual([2, 2, 1, 2, 2]);
  // All equal: everyone scores 1.
  expect(scores([3, 3, 3], true)).toEqual([1, 1, 1]);
});

test('quintileScores of one value is 1, of none is empty; negative values sort below zero', () => {
  expect(scores([42], true)).toEqual([1]);
  expect(scores([], true)).toEqual([]);
  // N = 3: −5 has 0 smaller, 0 has 1 → 1 + floor(5/3) = 2, 7 has 2 → 1 + floor(10/3) = 4.
  expect(scores([0, -5, 7], true)).toEqual([2, 1, 4]);
});

test('whole numbers (counted per value) and fractions (sorted) score as counting #smaller and #larger one by one', () => {
  const random = mulberry32(11);
  const naive = (values: number[], higherIsBetter: boolean) =>
    values.map((v) => 1 + Math.floor((5 * values.filter((u) => (higherIsBetter ? u < v : u > v)).length) / values.length));
  const cases: number[][] = [
    // Days since a purchase: whole numbers over a narrow span, many ties.
    Array.from({ length: 500 }, () => Math.floor(random() * 60)),
    // Negative whole numbers and −0 beside 0.
    Array.from({ length: 300 }, () => Math.floor(random() * 21) - 10).concat([-0, 0]),
    // Whole numbers over a span far wider than their count: sorted.
    Array.from({ length: 50 }, () => Math.floor(random() * 1e9)),
    // Amounts with cents.
    Array.from({ length: 400 }, () => Math.round(random() * 1e6) / 100),
  ];
  for (const values of cases) {
    for (const higherIsBetter of [true, false]) expect(scores(values, higherIsBetter)).toEqual(naive(values, higherIsBetter));
  }
});
