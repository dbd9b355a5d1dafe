import type { RowCounts } from '../import/index.ts';

/** Row counts over every imported file, as the CLI's `rows` (SPEC §3). */
export function sumRowCounts(counts: readonly RowCounts[]): RowCounts {
  let total = 0, accepted = 0, excluded = 0, rejected = 0, skipped = 0;
  for (const rows of counts) {
    total += rows.total;
    accepted += rows.accepted;
    excluded += rows.excluded;
    rejected += rows.rejected;
    skipped += rows.skipped;
  }
  return { total, accepted, excluded, rejected, skipped };
}
