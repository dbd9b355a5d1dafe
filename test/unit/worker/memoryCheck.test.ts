import { describe, expect, test } from 'vitest';
import type { FileInspection } from '../../../src/import/index.ts';
import { DEFAULT_MEMORY_BUDGET, assertFitsMemory, estimateRows, memoryBudget } from '../../../src/worker/memoryCheck.ts';

const inspection = (size: number, preview: string[][], encoding: FileInspection['encoding'] = 'utf-8'): FileInspection => ({
  file: 'big.csv', size, encoding, encodingCertain: false, delimiter: ',', headerRow: 1, headers: ['a', 'b'],
  skipped: [], preview, mapping: {}, preset: null, kind: 'transactions', dateOrder: null, revenueStatuses: [], problem: null,
});

describe('memory check', () => {
  test('estimateRows divides the size by the characters per preview row (cells + separators)', () => {
    // Rows "abcd,ef" and "ab,cdef": (4+1 + 2+1) = 8 and (2+1 + 4+1) = 8 characters → 8 bytes per row.
    expect(estimateRows(inspection(2 ** 31, [['abcd', 'ef'], ['ab', 'cdef']]))).toBe(2 ** 28);
    // UTF-16: two bytes per character → 16 bytes per row.
    expect(estimateRows(inspection(1600, [['abcd', 'ef']], 'utf-16le'))).toBe(100);
  });

  test('assertFitsMemory refuses the first file that goes over, counting rows already in memory', () => {
    // Budget 128 × 100 bytes = 100 rows; each file 8 bytes per row.
    const file = inspection(8 * 40, [['abcd', 'ef']]);
    expect(() => assertFitsMemory([file, file], 0, 128 * 100)).not.toThrow();
    expect(() => assertFitsMemory([file, file], 21, 128 * 100)).toThrow(
      expect.objectContaining({ issue: { code: 'fileTooLarge', file: 'big.csv', params: { size: 320, estimatedRows: 101, limitRows: 100 } } }),
    );
  });

  test('memoryBudget takes 3/4 of a smaller heap limit, else 1.5 GB', () => {
    expect(memoryBudget(undefined)).toBe(DEFAULT_MEMORY_BUDGET);
    expect(memoryBudget(4 * 2 ** 30)).toBe(DEFAULT_MEMORY_BUDGET);
    expect(memoryBudget(2 ** 30)).toBe(0.75 * 2 ** 30);
  });
});
