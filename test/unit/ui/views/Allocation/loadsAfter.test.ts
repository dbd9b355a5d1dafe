import { describe, expect, it } from 'vitest';
import { loadsAfter } from '../../../../../src/ui/views/Allocation/loadsAfter.ts';

describe('loadsAfter(loads, moves)', () => {
  const loads = [
    { owner: 'Li', customers: 3, revenue: 300, tierA: 1 },
    { owner: 'Wang', customers: 1, revenue: 50, tierA: 0 },
  ];

  it('moves customers, revenue and A-tier counts from one owner to the other', () => {
    // Li → Wang: x (40, not A) and y (100, A): Li 3 − 2 = 1, 300 − 140 = 160, A 0; Wang 3, 190, A 1.
    const moves = [
      { id: 'x', name: 'X', from: 'Li', to: 'Wang', revenue: 40, tierA: false },
      { id: 'y', name: 'Y', from: 'Li', to: 'Wang', revenue: 100, tierA: true },
    ];
    expect(loadsAfter(loads, moves)).toEqual([
      { owner: 'Li', customers: 1, revenue: 160, tierA: 0 },
      { owner: 'Wang', customers: 3, revenue: 190, tierA: 1 },
    ]);
  });

  it('leaves the loads as they are without moves', () => {
    expect(loadsAfter(loads, [])).toEqual(loads);
  });
});
