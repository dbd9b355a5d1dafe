import { describe, expect, test } from 'vitest';
import { visibleRange } from '../../../../src/ui/components/visibleRange.ts';

describe('visibleRange(viewport)', () => {
  test.each([
    // 200,000 rows of 32 px, a 320 px viewport at the top: rows 0–9 show (320 / 32 = 10); overscan 5 → 0–14.
    { scrollTop: 0, height: 320, rowHeight: 32, rowCount: 200_000, overscan: 5, expected: { start: 0, end: 15, offset: 0 } },
    // Scrolled to 1000 px: the top row is floor(1000 / 32) = 31 (cut), the last ceil(1320 / 32) = 42 → rows 31–41;
    // overscan 5 → 26–46, placed at 26 · 32 = 832 px.
    { scrollTop: 1000, height: 320, rowHeight: 32, rowCount: 200_000, overscan: 5, expected: { start: 26, end: 47, offset: 832 } },
    // At the very end: the last row is 199,999; 6,399,680 / 32 = 199,990 → rows 199,990–199,999, overscan clamps at the end.
    { scrollTop: 6_399_680, height: 320, rowHeight: 32, rowCount: 200_000, overscan: 5, expected: { start: 199_985, end: 200_000, offset: 6_399_520 } },
    // Fewer rows than fit: all of them.
    { scrollTop: 0, height: 500, rowHeight: 40, rowCount: 3, overscan: 2, expected: { start: 0, end: 3, offset: 0 } },
    // Scrolled past the end (the list shrank under the scroll position): still the last row.
    { scrollTop: 9_000, height: 100, rowHeight: 40, rowCount: 3, overscan: 0, expected: { start: 2, end: 3, offset: 80 } },
    // Nothing to show.
    { scrollTop: 0, height: 320, rowHeight: 32, rowCount: 0, overscan: 5, expected: { start: 0, end: 0, offset: 0 } },
  ])('scrollTop $scrollTop, $rowCount rows → $expected.start … $expected.end', ({ expected, ...viewport }) => {
    expect(visibleRange(viewport)).toEqual(expected);
  });
});
