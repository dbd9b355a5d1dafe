import { describe, expect, test } from 'vitest';
import { fileSource } from '../../../src/worker/fileSource.ts';

describe('fileSource(file)', () => {
  test('streams the file from the start on every open', async () => {
    const source = fileSource(new File(['客户,金额\nA,1\n'], 'sales.csv', { type: 'text/csv' }));
    expect(source.name).toBe('sales.csv');
    // 客 户 金 额 are 3 UTF-8 bytes each: 4·3 + ',' + '\n' + 'A,1\n' (4) = 18.
    expect(source.size).toBe(18);
    for (let pass = 0; pass < 2; pass++) {
      let length = 0;
      for await (const chunk of source.open()) length += chunk.length;
      expect(length).toBe(18);
    }
  });
});
