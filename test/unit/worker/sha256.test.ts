import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { Sha256 } from '../../../src/worker/sha256.ts';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
const ascii = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('Sha256', () => {
  test('gives the digests of the standard’s examples (FIPS 180-4 appendix, NIST example values)', () => {
    expect(hex(new Sha256().update(ascii('abc')).digest())).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hex(new Sha256().update(ascii('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).digest())).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    expect(hex(new Sha256().digest())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  test('equals Node’s crypto at every length around the block and padding edges', () => {
    for (const length of [1, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 1000]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 31 + 7) % 256);
      expect(hex(new Sha256().update(bytes).digest()), `${length} bytes`).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });

  test('gives the same digest however the message is cut into chunks', () => {
    const bytes = Uint8Array.from({ length: 5_000 }, (_, i) => (i * i) % 251);
    const expected = createHash('sha256').update(bytes).digest('hex');
    for (const sizes of [[1], [63], [64], [65], [1, 200, 3], [4_999]]) {
      const hash = new Sha256();
      for (let at = 0, k = 0; at < bytes.length; k++) {
        const size = sizes[k % sizes.length];
        hash.update(bytes.subarray(at, at + size));
        at += size;
      }
      expect(hex(hash.digest()), `chunks of ${sizes.join(', ')}`).toBe(expected);
    }
  });
});
