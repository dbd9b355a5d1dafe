import type { CallEntry } from '../../../core/index.ts';
import type { I18n } from '../../../i18n/index.ts';

/** Why a customer is on the call list, in words: "usually buys every 32 days, last bought 75 days ago". */
export function callReason(entry: CallEntry, i18n: I18n): string {
  const since = i18n.format.integer(entry.daysSince);
  const overdue =
    entry.interval === null
      ? null
      : i18n.t(entry.ownInterval ? 'risk.reason.overdue' : 'risk.reason.overdueTypical', {
          interval: i18n.format.integer(Math.round(entry.interval)),
          since,
        });
  if (entry.isOverdue && overdue !== null) return entry.isAtRisk ? i18n.t('risk.reason.both', { reason: overdue }) : overdue;
  return i18n.t('risk.reason.atRisk', { since });
}
