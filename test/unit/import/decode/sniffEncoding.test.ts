import { describe, expect, test } from 'vitest';
import { sniffEncoding } from '../../../../src/import/decode/index.ts';
import { fixture } from '../memorySource.ts';

describe('sniffEncoding(head)', () => {
  test.each([
    { name: 'UTF-8 BOM', bytes: [0xef, 0xbb, 0xbf, 0x41], expected: { encoding: 'utf-8', bomLength: 3, certain: true } },
    { name: 'UTF-16 LE BOM', bytes: [0xff, 0xfe, 0x41, 0x00], expected: { encoding: 'utf-16le', bomLength: 2, certain: true } },
    { name: 'UTF-16 BE BOM', bytes: [0xfe, 0xff, 0x00, 0x41], expected: { encoding: 'utf-16be', bomLength: 2, certain: true } },
    { name: 'plain ASCII', bytes: [0x61, 0x2c, 0x62, 0x0a], expected: { encoding: 'utf-8', bomLength: 0, certain: false } },
    { name: 'no bytes at all', bytes: [], expected: { encoding: 'utf-8', bomLength: 0, certain: false } },
    // 客户 in UTF-8 is E5 AE A2 E6 88 B7; the sample ends after E6 88, inside 户.
    { name: 'UTF-8 cut inside a character', bytes: [0x41, 0xe5, 0xae, 0xa2, 0xe6, 0x88], expected: { encoding: 'utf-8', bomLength: 0, certain: false } },
    // 客户 in GB18030 is BF CD BB A7 (python3: '客户'.encode('gb18030')): not valid UTF-8.
    { name: 'GBK bytes', bytes: [0x41, 0x2c, 0xbf, 0xcd, 0xbb, 0xa7], expected: { encoding: 'gb18030', bomLength: 0, certain: false } },
    // E5 followed by an ASCII byte can never become valid, however the sample is cut.
    { name: 'a broken UTF-8 sequence before the end', bytes: [0xe5, 0x41, 0x42], expected: { encoding: 'gb18030', bomLength: 0, certain: false } },
  ])('$name', ({ bytes, expected }) => {
    expect(sniffEncoding(new Uint8Array(bytes))).toEqual(expected);
  });

  test('the GB18030 fixture is recognised as GB18030', () => {
    expect(sniffEncoding(fixture('gb18030-orders.csv')).encoding).toBe('gb18030');
  });
});
