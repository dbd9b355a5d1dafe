import { describe, expect, test } from 'vitest';
import { toHalfWidth } from '../../../../src/import/cells/index.ts';

describe('toHalfWidth(text)', () => {
  test.each([
    ['１，２３４．５０', '1,234.50'],
    ['（１２）', '(12)'],
    ['ＡＢＣ－ｘｙｚ', 'ABC-xyz'],
    ['１\u3000２', '1 2'], // ideographic space
    ['2024年３月', '2024年3月'], // CJK characters stay
    ['￥12', '￥12'], // U+FFE5 is outside the ASCII block and stays
    ['plain ascii', 'plain ascii'],
    ['', ''],
  ])('%j → %j', (text, expected) => {
    expect(toHalfWidth(text)).toBe(expected);
  });
});
