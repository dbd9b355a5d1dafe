import { describe, expect, test } from 'vitest';
import { FileTally } from '../../../../src/import/validate/index.ts';

describe('FileTally', () => {
  test('rows: total = accepted + excluded + rejected, skipped apart', () => {
    const tally = new FileTally(',');
    tally.accept();
    tally.accept();
    tally.exclude('Cancelled');
    tally.reject({ code: 'badAmount', row: 5 });
    tally.skip(1, 'title', ['Report']);
    expect(tally.rows).toEqual({ total: 4, accepted: 2, excluded: 1, rejected: 1, skipped: 1 });
  });

  test('counts per status and per code; keys such as __proto__ are ordinary keys', () => {
    const tally = new FileTally(',');
    tally.exclude('__proto__');
    tally.exclude('__proto__');
    tally.exclude('');
    tally.reject({ code: 'constructor' });
    const excluded = tally.excludedByStatus;
    expect(Object.keys(excluded)).toEqual(['__proto__', '']);
    expect(excluded['__proto__']).toBe(2);
    expect(excluded['']).toBe(1);
    expect(Object.getPrototypeOf(excluded)).toBe(null);
    expect(tally.rejectionCounts['constructor']).toBe(1);
  });

  test('lists the first 1,000 rejections and skipped lines and counts them all', () => {
    const tally = new FileTally(',');
    for (let row = 2; row < 1502; row++) {
      tally.reject({ code: 'missingDate', row });
      tally.skip(row, 'blank', ['']);
    }
    expect(tally.rejections).toHaveLength(1000);
    expect(tally.rejections[999].row).toBe(1001);
    expect(tally.rejectionCounts['missingDate']).toBe(1500);
    expect(tally.skipped).toHaveLength(1000);
    expect(tally.rows.skipped).toBe(1500);
  });

  test('a skipped line keeps its text as CSV, without trailing empty cells; long values are clipped to 200 characters', () => {
    const tally = new FileTally(',');
    tally.skip(9, 'total', ['小计', '', '', '2,350.50', '', '']);
    tally.reject({ code: 'badAmount', value: 'x'.repeat(500) });
    expect(tally.skipped).toEqual([{ row: 9, reason: 'total', text: '小计,,,"2,350.50"' }]);
    expect(tally.rejections[0].value).toHaveLength(200);
  });
});
