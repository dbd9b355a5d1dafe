import type { Dataset, Dimension } from '../model/index.ts';
import { Adder, snapToZero } from '../stats/index.ts';
import type { BreakdownBasis } from './breakdownOf.ts';
import { compareGroups, groupSlots, slotValue } from './groupSlots.ts';

/** The numbers the concentration breakdown shows of a dimension value: a few fields of its breakdownOf() summary. */
export interface BreakdownShares {
  /** The dimension value; null for customers without one. */
  readonly value: string | null;
  /** Customers in the customer table with this value (counted at T or not). */
  readonly customers: number;
  readonly customersWithRevenue: number;
  readonly revenue: number;
  readonly hhi: number | null;
  readonly top10Share: number | null;
}

/** Customers the top share counts. */
const TOP = 10;

/**
 * breakdownOf() reduced to each group's revenue, customersWithRevenue, HHI and top-10 share, without
 * a summary per group: no per-group arrays, tiers or stages. Each number takes the same values in
 * the same order as there, so it is the same double: revenue (revenueTotal) over the group's
 * customers in customer order; Σ of the positive revenues, the top 10 and HHI's squares in rank
 * order (the analysis's ranking restricted to the group), HHI in a second pass as it needs the sum.
 */
export function breakdownShares(
  dataset: Dataset,
  dimension: Dimension,
  { aggregates, rank, rankedRevenues }: Pick<BreakdownBasis, 'aggregates' | 'rank'> & { readonly rankedRevenues: Float64Array },
  customerMask?: Uint8Array,
): BreakdownShares[] {
  const column = dataset.customers.dims[dimension];
  const { slots, sizes } = groupSlots(column, customerMask);
  const { revenue } = aggregates;
  const count = sizes.length;
  const adders = () => Array.from({ length: count }, () => new Adder());
  const net = adders();
  const gross = adders();
  for (let c = 0; c < slots.length; c++) {
    const slot = slots[c];
    if (slot === -1) continue;
    net[slot].add(revenue[c]);
    gross[slot].add(Math.abs(revenue[c]));
  }
  // shareBase, topShare(10) and hhi of each group's ranked revenues.
  const positive = adders();
  const top = adders();
  const held = new Int32Array(count);
  const ranked = new Int32Array(count);
  // Each ranked customer's slot, read through `rank` once; the revenues come in rank order already.
  const rankedSlots = new Int32Array(rank.length);
  for (let k = 0; k < rank.length; k++) {
    const slot = (rankedSlots[k] = slots[rank[k]]);
    if (slot === -1) continue;
    ranked[slot]++;
    const r = rankedRevenues[k];
    if (!(r > 0)) continue;
    positive[slot].add(r);
    if (held[slot]++ < TOP) top[slot].add(r);
  }
  const totals = positive.map((sum) => +sum);
  const squares = adders();
  for (let k = 0; k < rank.length; k++) {
    const slot = rankedSlots[k];
    const r = rankedRevenues[k];
    if (slot === -1 || !(r > 0)) continue;
    const share = r / totals[slot];
    squares[slot].add(share * share);
  }

  const groups: BreakdownShares[] = [];
  for (let slot = 0; slot < count; slot++) {
    if (sizes[slot] === 0) continue;
    const none = held[slot] === 0;
    groups.push({
      value: slotValue(column.values, slot),
      customers: sizes[slot],
      customersWithRevenue: ranked[slot],
      revenue: snapToZero(+net[slot], +gross[slot]),
      hhi: none ? null : 10000 * +squares[slot],
      top10Share: none ? null : +top[slot] / totals[slot],
    });
  }
  return groups.sort(compareGroups);
}
