import { RELATIVE_TOLERANCE } from './tolerance.ts';

/**
 * A net sum that is zero up to binary rounding becomes exactly 0. Sales of 10.1 and 20.2 refunded by
 * −30.3 sum to −3.55e-15 in doubles, not 0, and a tiny positive remainder would make a fully refunded
 * customer count as "with revenue". `gross` is Σ|amount| of the summed values; the net is snapped when
 * |net| ≤ RELATIVE_TOLERANCE · gross.
 */
export function snapToZero(net: number, gross: number): number {
  return Math.abs(net) <= RELATIVE_TOLERANCE * gross ? 0 : net;
}
