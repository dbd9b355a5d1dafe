import type { RfmSegment } from '../../../core/index.ts';

/**
 * Colour of an RFM segment by family, so the map reads at a glance with eight palette colours:
 * best customers, promising ones, those needing attention, those slipping, and the gone.
 */
const FAMILY: Readonly<Record<RfmSegment, string>> = {
  champions: 'var(--chart-3)',
  loyal: 'var(--chart-3)',
  potentialLoyalist: 'var(--chart-1)',
  new: 'var(--chart-1)',
  promising: 'var(--chart-1)',
  needAttention: 'var(--chart-5)',
  aboutToSleep: 'var(--chart-5)',
  atRisk: 'var(--chart-6)',
  cannotLoseThem: 'var(--chart-4)',
  hibernating: 'var(--chart-8)',
  lost: 'var(--chart-8)',
};

export function segmentColor(segment: RfmSegment): string {
  return FAMILY[segment];
}
