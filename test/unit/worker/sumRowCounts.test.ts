import { describe, expect, test } from 'vitest';
import type { FileReport, RowCounts } from '../../../src/import/types.ts';
import { sumRowCounts } from '../../../src/worker/sumRowCounts.ts';

const report = (rows: RowCounts): FileReport => ({
  file: 'f.csv', encoding: 'utf-8', delimiter: ',', kind: 'transactions', rows,
  rejections: [], rejectionCounts: {}, excludedByStatus: {}, skipped: [], dateOrder: 'mdy', dateOrderSource: 'data',
});

describe('sumRowCounts(reports)', () => {
  test('adds every count over the files', () => {
    const a = report({ total: 11, accepted: 9, excluded: 1, rejected: 1, skipped: 2 });
    const b = report({ total: 5, accepted: 3, excluded: 0, rejected: 2, skipped: 0 });
    // 11+5, 9+3, 1+0, 1+2, 2+0
    expect(sumRowCounts([a, b])).toEqual({ total: 16, accepted: 12, excluded: 1, rejected: 3, skipped: 2 });
  });

  test('no file, all zero', () => {
    expect(sumRowCounts([])).toEqual({ total: 0, accepted: 0, excluded: 0, rejected: 0, skipped: 0 });
  });
});
