import { describe, expect, test } from 'vitest';
import { withStatus } from '../../../../src/ui/state/withStatus.ts';

describe('withStatus(statuses, status, counted)', () => {
  test('adds a status once', () => {
    expect(withStatus(['Paid'], 'Shipped', true)).toEqual(['Paid', 'Shipped']);
    expect(withStatus(['Paid'], 'paid', true)).toEqual(['paid']);
  });

  test('removes every spelling of a status', () => {
    expect(withStatus(['Closed Won', 'closed_won', 'Paid'], 'CLOSED-WON', false)).toEqual(['Paid']);
    expect(withStatus(['Paid'], 'Cancelled', false)).toEqual(['Paid']);
  });
});
