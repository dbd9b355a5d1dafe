import { describe, expect, test } from 'vitest';
import { statusKey } from '../../../../src/ui/state/statusKey.ts';

describe('statusKey(status)', () => {
  test.each([
    ['Closed Won', 'closedwon'],
    ['closed_won', 'closedwon'],
    ['CLOSED-WON', 'closedwon'],
    // NFKC folds full-width letters.
    ['ＰＡＩＤ', 'paid'],
    ['已审核', '已审核'],
    ['  ', ''],
  ])('%s → %s', (status, key) => {
    expect(statusKey(status)).toBe(key);
  });
});
