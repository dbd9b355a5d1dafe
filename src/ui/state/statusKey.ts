/**
 * The form two status values are compared in, as the import compares them: `Closed Won`,
 * `closed_won` and `closedwon` are one status (NFKC, lower case, no spaces, `_` or `-`).
 */
export function statusKey(status: string): string {
  return status.normalize('NFKC').toLowerCase().replace(/[\s_-]+/g, '');
}
