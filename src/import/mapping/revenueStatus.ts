import { normalizeStatus } from './normalizeStatus.ts';

/**
 * Status values that count as revenue in any file (SPEC §1: won, paid, completed, approved).
 * Presets add their own (Shopify `partially_refunded`, Kingdee `C`, …); the user edits the set.
 */
export const DEFAULT_REVENUE_STATUSES: readonly string[] = [
  'Won', 'Closed Won', 'Paid', 'Succeeded', 'Completed', 'Complete', 'Approved',
  '赢单', '已审核', '正常', '已完成', '已付款', '已支付',
];

/**
 * Compiled form of each status list, and the answer per status text seen: called once per row on
 * millions of rows that repeat a handful of statuses. Bounded so a wrongly mapped column of unique
 * values cannot grow it without end.
 */
const compiled = new WeakMap<readonly string[], { set: ReadonlySet<string>; answers: Map<string, boolean> }>();
const MAX_ANSWERS = 10_000;

/**
 * Whether a row with this status counts as revenue (compared by normalizeStatus). A blank status
 * never does. `statuses` is compiled once per array: pass a new array when the set changes.
 */
export function countsAsRevenue(status: string, statuses: readonly string[]): boolean {
  let entry = compiled.get(statuses);
  if (entry === undefined) {
    entry = { set: new Set(statuses.map(normalizeStatus).filter((s) => s !== '')), answers: new Map() };
    compiled.set(statuses, entry);
  }
  const known = entry.answers.get(status);
  if (known !== undefined) return known;
  const normalized = normalizeStatus(status);
  const answer = normalized !== '' && entry.set.has(normalized);
  if (entry.answers.size < MAX_ANSWERS) entry.answers.set(status, answer);
  return answer;
}
