import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { sha256Hex } from '../../../src/worker/sha256Hex.ts';
import { memorySource } from '../import/memorySource.ts';

describe('sha256Hex(source)', () => {
  test('hashes the bytes over every chunk, as Node’s crypto does', async () => {
    const text = 'Customer ID,Sales\nA,1\n'.repeat(100);
    expect(await sha256Hex(memorySource('a.csv', text, 7))).toBe(createHash('sha256').update(text).digest('hex'));
  });

  test('is empty past the limit, also when the size is unknown', async () => {
    expect(await sha256Hex(memorySource('a.csv', 'x'.repeat(20)), undefined, 10)).toBe('');
    const unknownSize = { ...memorySource('a.csv', 'x'.repeat(20), 4), size: 0 };
    expect(await sha256Hex(unknownSize, undefined, 10)).toBe('');
  });
});
