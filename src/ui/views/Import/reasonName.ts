import { describeIssue, en } from '../../../i18n/index.ts';
import type { I18n, MessageKey } from '../../../i18n/index.ts';

/**
 * A rejection reason as the summary lists it with its count: a short name ("amount not
 * readable") for the row-level codes, else the issue's sentence for a code met only here.
 */
export function reasonName(code: string, i18n: I18n): string {
  const key = `reason.${code}`;
  return Object.hasOwn(en, key) ? i18n.t(key as MessageKey) : describeIssue({ code }, i18n.locale);
}
