import { describe, expect, test } from 'vitest';
import { rejectedRowsCsv } from '../../../src/worker/rejectedRowsCsv.ts';

describe('rejectedRowsCsv(rejected)', () => {
  test('writes a BOM, the header and one line per rejection', () => {
    const csv = rejectedRowsCsv({ issues: [{ code: 'missingCustomer', file: 'a.csv', row: 3, column: 'Customer', value: '' }], total: 1 });
    expect(csv).toBe('\ufefffile,row,column,value,reason\r\na.csv,3,Customer,,missingCustomer\r\n');
  });

  test('says in a last line how many rows the log left out', () => {
    // 5 rejected, 2 listed: 3 left out.
    const csv = rejectedRowsCsv({ issues: [{ code: 'badAmount', row: 2 }, { code: 'badAmount', row: 3 }], total: 5 });
    expect(csv.split('\r\n').at(-2)).toBe(',,,3,moreRowsNotListed');
  });
});
