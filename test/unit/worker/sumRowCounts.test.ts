import { describe, expect, test } from 'vitest';
import { sumRowCounts } from '../../../src/worker/sumRowCounts.ts';

describe('sumRowCounts(counts)', () => {
  test('adds every count over the files', () => {
    const a = { total: 11, accepted: 9, excluded: 1, rejected: 1, skipped: 2 };
    const b = { total: 5, accepted: 3, excluded: 0, rejected: 2, skipped: 0 };
    // 11+5, 9+3, 1+0, 1+2, 2+0
    expect(sumRowCounts([a, b])).toEqual({ total: 16, accepted: 12, excluded: 1, rejected: 3, skipped: 2 });
  });

  test('no file, all zero', () => {
    expect(sumRowCounts([])).toEqual({ total: 0, accepted: 0, excluded: 0, rejected: 0, skipped: 0 });
  });
});
