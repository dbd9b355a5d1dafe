import { describe, expect, test } from 'vitest';
import { detectNewline } from '../../../../src/import/csv/index.ts';

describe('detectNewline(text)', () => {
  test.each([
    { text: 'a,b\nc,d', expected: '\n' },
    { text: 'a,b\r\nc,d', expected: '\n' },
    { text: 'a,b\rc,d', expected: '\r' },
    { text: '"x\ry",b\r\nc', expected: '\n' },
    { text: '"x\ny",b\rc', expected: '\r' },
    { text: 'a,b', expected: null },
    { text: 'a,b\r', expected: null },
    { text: '"a\nb', expected: null },
  ])('$text → $expected', ({ text, expected }) => {
    expect(detectNewline(text)).toBe(expected);
  });
});
