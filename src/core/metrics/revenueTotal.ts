import { Adder, snapToZero } from '../stats/index.ts';

/**
 * Σ of customer revenues (compensated), = Σ amount over the summed rows, refunds included. A total that
 * is zero up to rounding (every customer refunded in full...) is 0, judged against Σ|revenue|.
 * Customers outside the analysis carry revenue 0 and add nothing.
 */
export function revenueTotal(revenue: Float64Array): number {
  const net = new Adder();
  const gross = new Adder();
  for (let c = 0; c < revenue.length; c++) {
    net.add(revenue[c]);
    gross.add(Math.abs(revenue[c]));
  }
  return snapToZero(+net, +gross);
}
