import { describe, expect, test } from 'vitest';
import { scrollToReveal } from '../../../../src/ui/components/scrollToReveal.ts';

describe('scrollToReveal(index, scrollTop, height, rowHeight)', () => {
  test.each([
    // Rows of 32 px, a 320 px viewport at 640 px shows rows 20–29: row 25 stays put.
    { index: 25, scrollTop: 640, expected: 640 },
    // Row 19 is above: its top (608) goes to the top.
    { index: 19, scrollTop: 640, expected: 608 },
    // Row 30 is below: its bottom (31 · 32 = 992) goes to the bottom, 992 − 320 = 672.
    { index: 30, scrollTop: 640, expected: 672 },
    // Row 0 from far below.
    { index: 0, scrollTop: 5000, expected: 0 },
  ])('row $index from $scrollTop → $expected', ({ index, scrollTop, expected }) => {
    expect(scrollToReveal(index, scrollTop, 320, 32)).toBe(expected);
  });
});
