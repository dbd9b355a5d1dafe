import { describe, expect, test } from 'vitest';
import { tierTone } from '../../../../../src/ui/views/Tiers/tierTone.ts';

describe('tierTone(from, to)', () => {
  test.each([
    ['B', 'A', 'up'],
    ['inactive', 'C', 'up'],
    ['A', 'A', 'same'],
    ['inactive', 'inactive', 'same'],
    ['A', 'C', 'down'],
    ['C', 'inactive', 'down'],
    ['new', 'A', 'new'],
    ['new', 'inactive', 'new'],
  ] as const)('%s → %s is %s', (from, to, tone) => {
    expect(tierTone(from, to)).toBe(tone);
  });
});
