import { describe, expect, test } from 'vitest';
import { fitText, textWidth } from '../../../../src/ui/charts/textWidth.ts';

describe('textWidth(text, wide, narrow)', () => {
  test.each([
    { text: '', expected: 0 },
    // 4 narrow characters × 7 = 28.
    { text: 'Acme', expected: 28 },
    // 2 CJK × 13 + 1 narrow × 7 = 33.
    { text: '华东A', expected: 33 },
    // U+2E80 itself is still narrow; U+2E81 is wide: 7 + 13 = 20.
    { text: '\u2e80\u2e81', expected: 20 },
  ])('$text is $expected px', ({ text, expected }) => {
    expect(textWidth(text, 13, 7)).toBe(expected);
  });
});

describe('fitText(text, max, measure)', () => {
  const measure = (text: string) => textWidth(text, 13, 7);
  test('keeps text that fits', () => {
    // 'Acme' is 28 px.
    expect(fitText('Acme', 28, measure)).toBe('Acme');
  });
  test('cuts with an ellipsis until text and ellipsis fit', () => {
    // 'Acme Ltd…' is 9 × 7 = 63 > 40; 'Acme…' is 35 ≤ 40, 'Acme …' is 42 > 40.
    expect(fitText('Acme Ltd', 40, measure)).toBe('Acme…');
  });
  test('keeps at least one character', () => {
    expect(fitText('华东区域', 5, measure)).toBe('华…');
  });
});
