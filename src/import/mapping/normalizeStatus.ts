/**
 * The form statuses are compared in: NFKC, lower case, no spaces, `_` or `-`, so `Closed Won`,
 * `closed_won` and `closedwon` (HubSpot's API id) are one status.
 */
export function normalizeStatus(status: string): string {
  return status.normalize('NFKC').toLowerCase().replace(/[\s_-]+/g, '');
}
