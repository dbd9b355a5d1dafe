import { describe, expect, test } from 'vitest';
import type { ByteSource } from '../../../src/import/index.ts';
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

describe('fileSource(file).slice(start, end)', () => {
  test('reads only the bytes of the part, under the file name', async () => {
    const source = fileSource(new File(['id,amount\nA,1\nB,2\n'], 'sales.csv'));
    const text = async (part: ByteSource): Promise<string> => {
      const chunks: Uint8Array[] = [];
      for await (const chunk of part.open()) chunks.push(chunk);
      return new TextDecoder().decode(Buffer.concat(chunks));
    };
    const tail = source.slice(10, source.size);
    expect(tail.name).toBe('sales.csv');
    expect(tail.size).toBe(8);
    expect(await text(tail)).toBe('A,1\nB,2\n');
    expect(await text(source.slice(14, 18))).toBe('B,2\n');
  });
});
