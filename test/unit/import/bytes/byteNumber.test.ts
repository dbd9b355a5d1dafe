import { describe, expect, test } from 'vitest';
import { plainNumberOfBytes } from '../../../../src/import/bytes/byteNumber.ts';
import { mulberry32 } from '../../core/helpers/mulberry32.ts';

const read = (text: string): number | null => {
  const bytes = new TextEncoder().encode(`#${text}#`);
  return plainNumberOfBytes(bytes, 1, bytes.length - 1);
};

describe('plainNumberOfBytes', () => {
  test.each([
    ['0', 0],
    ['7', 7],
    ['-25.5', -25.5],
    ['00012.3400', 12.34],
    ['0.1', 0.1],
    ['123456789012345', 123456789012345],
    ['-0', 0],
    ['-0.00', 0],
  ])('%s is %d', (text, value) => {
    expect(Object.is(read(text), value)).toBe(true);
  });

  test.each(['', '-', '.5', '5.', '1.2.3', '+5', '1,5', '1e3', ' 1', '1 ', '¥1', '1234567890123456', '--1', '1-'])('%j is not read here', (text) => {
    expect(read(text)).toBeNull();
  });

  test('equals Number(text) on random decimals of up to 15 digits', () => {
    const random = mulberry32(5);
    for (let i = 0; i < 20_000; i++) {
      const digits = 1 + Math.floor(random() * 15);
      let text = '';
      for (let d = 0; d < digits; d++) text += Math.floor(random() * 10);
      const point = Math.floor(random() * digits);
      if (point > 0) text = `${text.slice(0, point)}.${text.slice(point)}`;
      if (random() < 0.3) text = `-${text}`;
      const expected = Number(text);
      expect(read(text)).toBe(expected === 0 ? 0 : expected);
    }
  });
});
