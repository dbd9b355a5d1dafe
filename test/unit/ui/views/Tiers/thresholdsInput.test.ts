import { describe, expect, test } from 'vitest';
import { thresholdsInput } from '../../../../../src/ui/views/Tiers/thresholdsInput.ts';

describe('thresholdsInput(aText, bText)', () => {
  test.each([
    ['80', '95', { a: 0.8, b: 0.95 }],
    [' 70 ', '90', { a: 0.7, b: 0.9 }],
    ['62,5', '100', { a: 0.625, b: 1 }],
    ['0.5', '1', { a: 0.005, b: 0.01 }],
  ])('%j and %j read as %j', (a, b, expected) => {
    expect(thresholdsInput(a, b)).toEqual(expected);
  });

  test.each([
    ['95', '90'], // a must be below b
    ['90', '90'],
    ['0', '90'], // a above 0
    ['80', '101'], // b at most 100 %
    ['', '95'],
    ['80%', '95'],
    ['-10', '95'],
    ['abc', '95'],
  ])('%j and %j are refused', (a, b) => {
    expect(thresholdsInput(a, b)).toBeNull();
  });
});
