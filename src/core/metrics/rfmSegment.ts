import { RFM_SEGMENTS } from '../model/index.ts';
import type { RfmSegment } from '../model/index.ts';

/** GRID[R − 1][FM − 1]: the 11-segment map of docs/metrics.md. */
const GRID: readonly (readonly RfmSegment[])[] = [
  ['lost', 'lost', 'atRisk', 'atRisk', 'cannotLoseThem'],
  ['hibernating', 'hibernating', 'atRisk', 'atRisk', 'cannotLoseThem'],
  ['aboutToSleep', 'aboutToSleep', 'needAttention', 'loyal', 'loyal'],
  ['promising', 'potentialLoyalist', 'loyal', 'champions', 'champions'],
  ['new', 'potentialLoyalist', 'potentialLoyalist', 'champions', 'champions'],
];

/** Segment codes (indices into RFM_SEGMENTS) in the same layout. */
const CODES: readonly (readonly number[])[] = GRID.map((row) => row.map((segment) => RFM_SEGMENTS.indexOf(segment)));

/**
 * RFM segment code (index into RFM_SEGMENTS) of a customer from its recency score and its frequency and
 * monetary scores (all 1–5), through FM = round((F + M) / 2), halves rounded up.
 */
export function rfmSegment(r: number, f: number, m: number): number {
  const fm = Math.floor((f + m + 1) / 2);
  return CODES[r - 1][fm - 1];
}
