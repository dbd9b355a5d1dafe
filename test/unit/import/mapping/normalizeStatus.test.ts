import { describe, expect, test } from 'vitest';
import { normalizeStatus } from '../../../../src/import/mapping/index.ts';

describe('normalizeStatus(status)', () => {
  test.each([
    ['Closed Won', 'closedwon'],
    ['closed_won', 'closedwon'],
    ['closedwon', 'closedwon'],
    ['Closed-Won', 'closedwon'],
    [' PAID ', 'paid'],
    ['partially_refunded', 'partiallyrefunded'],
    ['赢单', '赢单'],
    ['ＰＡＩＤ', 'paid'],
    ['', ''],
  ])('%j → %j', (status, expected) => {
    expect(normalizeStatus(status)).toBe(expected);
  });
});
