import { describe, expect, it } from 'vitest';
import type { CallEntry } from '../../../../../src/core/index.ts';
import { createI18n } from '../../../../../src/i18n/index.ts';
import { callReason } from '../../../../../src/ui/views/Risk/callReason.ts';

const base: CallEntry = {
  id: 'c1', name: 'Acme', tier: 'A', stage: 'active', atStake: 1000, daysSince: 75, interval: 32, ownInterval: true,
  overdue: 75 / 32, score: 1000 * (75 / 32), isOverdue: true, isAtRisk: false,
};

describe('callReason(entry, i18n)', () => {
  const en = createI18n('en');

  it('says the usual interval and the days since the last purchase', () => {
    expect(callReason(base, en)).toBe('usually buys every 32 days, last bought 75 days ago');
  });

  it('names the data set interval when the customer has none of its own, and adds "at risk"', () => {
    expect(callReason({ ...base, ownInterval: false, isAtRisk: true, daysSince: 120 }, en)).toBe(
      'customers usually buy every 32 days; last bought 120 days ago; at risk',
    );
  });

  it('gives the at-risk reason alone when the customer is not overdue', () => {
    expect(callReason({ ...base, isOverdue: false, isAtRisk: true, daysSince: 100, interval: 90 }, en)).toBe('at risk: no purchase for 100 days');
  });

  it('speaks Chinese', () => {
    expect(callReason(base, createI18n('zh-CN'))).toBe('通常每 32 天购买一次，上次购买在 75 天前');
  });
});
