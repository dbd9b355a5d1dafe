import type { I18n } from '../../../i18n/index.ts';
import type { SkipReason } from './skippedCounts.ts';

/**
 * "2 title lines and 1 total row skipped" in the locale: one phrase per reason, in the
 * singular or plural the count asks for, joined as a list.
 */
export function skippedSentence(counts: readonly { reason: SkipReason; count: number }[], i18n: I18n): string {
  const rules = new Intl.PluralRules(i18n.locale);
  const phrases = counts.map(({ reason, count }) =>
    i18n.t(`skipped.${reason}.${rules.select(count) === 'one' ? 'one' : 'other'}`, { count: i18n.format.integer(count) }),
  );
  const list = new Intl.ListFormat(i18n.locale, { type: 'conjunction' }).format(phrases);
  return i18n.t('skipped.sentence', { list });
}
