import type { SkippedLine } from '../../../worker/index.ts';

export type SkipReason = SkippedLine['reason'];

/** Skipped lines per reason, in the order the mapping step names them, reasons with none left out. */
export function skippedCounts(skipped: readonly SkippedLine[]): { reason: SkipReason; count: number }[] {
  const order: readonly SkipReason[] = ['title', 'blank', 'total', 'footer'];
  return order
    .map((reason) => ({ reason, count: skipped.filter((line) => line.reason === reason).length }))
    .filter(({ count }) => count > 0);
}
