import { describe, expect, test } from 'vitest';
import { stageTone } from '../../../../../src/ui/views/Lifecycle/stageTone.ts';

describe('stageTone(from, to)', () => {
  test.each([
    ['atRisk', 'active', 'up'],
    ['lost', 'reactivated', 'up'],
    ['dormant', 'atRisk', 'up'],
    ['active', 'atRisk', 'down'],
    ['dormant', 'lost', 'down'],
    ['new', 'active', 'same'],
    ['lost', 'lost', 'same'],
    ['none', 'new', 'new'],
  ] as const)('%s → %s is %s', (from, to, tone) => {
    expect(stageTone(from, to)).toBe(tone);
  });
});
