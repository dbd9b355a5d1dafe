import type { OwnerLoad, ProposedMove } from '../../../worker/index.ts';

/** The owners' loads once the kept moves are made (same order as `loads`). */
export function loadsAfter(loads: readonly OwnerLoad[], moves: readonly ProposedMove[]): OwnerLoad[] {
  const next = new Map(loads.map((load) => [load.owner, { ...load }]));
  for (const move of moves) {
    const from = next.get(move.from);
    const to = next.get(move.to);
    if (from === undefined || to === undefined) continue;
    const a = move.tierA ? 1 : 0;
    next.set(move.from, { ...from, customers: from.customers - 1, revenue: from.revenue - move.revenue, tierA: from.tierA - a });
    next.set(move.to, { ...to, customers: to.customers + 1, revenue: to.revenue + move.revenue, tierA: to.tierA + a });
  }
  return loads.map((load) => next.get(load.owner) as OwnerLoad);
}
