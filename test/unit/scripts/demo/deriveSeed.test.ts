import { expect, test } from 'vitest';
import { deriveSeed } from '../../../../scripts/demo/index.ts';

test('deriveSeed(seed, stream) is a stable 32-bit value, distinct per stream and per seed', () => {
  const seeds = [deriveSeed(1, 'orders'), deriveSeed(1, 'customers'), deriveSeed(2, 'orders'), deriveSeed(2, 'customers')];
  expect(new Set(seeds).size).toBe(4);
  for (const s of seeds) expect(Number.isInteger(s) && s >= 0 && s < 2 ** 32).toBe(true);
  expect(deriveSeed(1, 'orders')).toBe(seeds[0]);
});
