import { expect, test } from 'vitest';
import { RFM_SEGMENTS, rfmSegment } from '../../../../src/core/index.ts';

// The grid of docs/metrics.md, one row per R (5 → 1), one column per FM (1 → 5).
const GRID = {
  5: ['new', 'potentialLoyalist', 'potentialLoyalist', 'champions', 'champions'],
  4: ['promising', 'potentialLoyalist', 'loyal', 'champions', 'champions'],
  3: ['aboutToSleep', 'aboutToSleep', 'needAttention', 'loyal', 'loyal'],
  2: ['hibernating', 'hibernating', 'atRisk', 'atRisk', 'cannotLoseThem'],
  1: ['lost', 'lost', 'atRisk', 'atRisk', 'cannotLoseThem'],
} as const;

test.each(Object.entries(GRID).flatMap(([r, row]) => row.map((segment, i) => [Number(r), i + 1, segment] as const)))(
  'rfmSegment(R %i, F = M = %i) is %s',
  (r, fm, segment) => {
    expect(RFM_SEGMENTS[rfmSegment(r, fm, fm)]).toBe(segment);
  },
);

test('rfmSegment rounds FM = (F + M) / 2 half up', () => {
  // (1 + 2) / 2 = 1.5 → 2; (4 + 5) / 2 = 4.5 → 5; (1 + 4) / 2 = 2.5 → 3
  expect(RFM_SEGMENTS[rfmSegment(5, 1, 2)]).toBe('potentialLoyalist');
  expect(RFM_SEGMENTS[rfmSegment(2, 4, 5)]).toBe('cannotLoseThem');
  expect(RFM_SEGMENTS[rfmSegment(4, 1, 4)]).toBe('loyal');
  expect(RFM_SEGMENTS[rfmSegment(4, 1, 1)]).toBe('promising');
});
