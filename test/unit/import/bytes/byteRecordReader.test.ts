import { describe, expect, test } from 'vitest';
import { ByteRecordReader, FastPathDeclined } from '../../../../src/import/bytes/index.ts';
import { ByteCell, recordTexts } from '../../../../src/import/bytes/byteCell.ts';
import type { ByteRecords } from '../../../../src/import/bytes/index.ts';
import { CsvRecordReader, UndecodableBytes } from '../../../../src/import/index.ts';
import type { Delimiter } from '../../../../src/import/index.ts';
import { mulberry32 } from '../../core/helpers/mulberry32.ts';
import { CSV_CASES, TRICKY, TRICKY_RECORDS } from '../csv/csvCases.ts';

const encoder = new TextEncoder();

/** The byte-level reader's records as texts, over `bytes` cut into the pieces given by `cuts`. */
function readBytes(bytes: Uint8Array, delimiter: Delimiter = ',', cuts: readonly number[] = [], strict = true): string[][] {
  const reader = new ByteRecordReader(delimiter, strict);
  const cell = new ByteCell();
  const out: string[][] = [];
  const take = (records: ByteRecords): void => {
    for (let r = 0; r < records.count; r++) out.push(recordTexts(records, r, cell));
  };
  let at = 0;
  for (const cut of [...cuts, bytes.length]) {
    take(reader.push(bytes.slice(at, cut)));
    at = cut;
  }
  take(reader.finish());
  return out;
}

/** The plain reader's records of the same bytes, decoded as the import does. */
function readPlain(bytes: Uint8Array, delimiter: Delimiter = ','): string[][] {
  const reader = new CsvRecordReader(delimiter);
  return [...reader.push(new TextDecoder('utf-8').decode(bytes)), ...reader.finish()];
}

describe('ByteRecordReader: the CSV cases of the plain reader', () => {
  test.each(CSV_CASES.filter((c) => c.declines !== true))('$name', ({ text, delimiter, records }) => {
    expect(readBytes(encoder.encode(text), delimiter)).toEqual(records);
  });

  test.each(CSV_CASES.filter((c) => c.declines === true))('declines: $name', ({ text, delimiter }) => {
    expect(() => readBytes(encoder.encode(text), delimiter)).toThrow(FastPathDeclined);
  });

  test('a record cut between two chunks at any byte, also inside a character, reads the same', () => {
    const bytes = encoder.encode(`${TRICKY}甲,"乙😀",丙\n`);
    const expected = [...TRICKY_RECORDS, ['甲', '乙😀', '丙']];
    for (let cut = 0; cut <= bytes.length; cut++) expect(readBytes(bytes, ',', [cut])).toEqual(expected);
  });

  test('one byte per chunk reads the same', () => {
    const bytes = encoder.encode(TRICKY);
    expect(readBytes(bytes, ',', Array.from({ length: bytes.length }, (_, i) => i))).toEqual(TRICKY_RECORDS);
  });

  test('a byte order mark cut across chunks is still dropped', () => {
    const bytes = encoder.encode('\uFEFFa,b\n1,2\n');
    for (const cut of [1, 2, 3]) expect(readBytes(bytes, ',', [cut])).toEqual([['a', 'b'], ['1', '2']]);
  });
});

/** Random CSV-like text over the characters that matter to a reader. */
function randomText(random: () => number, alphabet: readonly string[], length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
  return text;
}

describe('ByteRecordReader against the plain reader on random text', () => {
  test('without quotes or CR: never declines, always the same records, at any cut', () => {
    const random = mulberry32(7);
    const alphabet = ['a', 'b', ',', ',', '\n', ' ', '\t', '甲', '😀', '\u00a0', '\u3000', 'é'];
    for (let i = 0; i < 400; i++) {
      const bytes = encoder.encode(randomText(random, alphabet, 1 + Math.floor(random() * 40)));
      const cut = Math.floor(random() * (bytes.length + 1));
      expect(readBytes(bytes, ',', [cut])).toEqual(readPlain(bytes));
    }
  });

  test('with quotes and CRLF: the same records whenever it does not decline, and it declines only some', () => {
    const random = mulberry32(11);
    const alphabet = ['a', ',', '\n', '\r\n', '"', '""', ' ', '甲'];
    let accepted = 0;
    for (let i = 0; i < 2000; i++) {
      const bytes = encoder.encode(randomText(random, alphabet, 1 + Math.floor(random() * 20)));
      const cut = Math.floor(random() * (bytes.length + 1));
      let records: string[][];
      try {
        records = readBytes(bytes, ',', [cut]);
      } catch (error) {
        expect(error).toBeInstanceOf(FastPathDeclined);
        continue;
      }
      accepted++;
      expect(records).toEqual(readPlain(bytes));
    }
    // Quotes used the regular way (around whole cells) are common enough in random text.
    expect(accepted).toBeGreaterThan(400);
  });
});

describe('ByteRecordReader: bytes that are not UTF-8', () => {
  const invalid: readonly [string, number[]][] = [
    ['a lone continuation byte', [0x80]],
    ['an overlong encoding of "/"', [0xc0, 0xaf]],
    ['a UTF-16 surrogate', [0xed, 0xa0, 0x80]],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a byte never used', [0xff]],
    ['a sequence cut short by a comma', [0xe4, 0xb8, 0x2c]],
    ['GB18030 甲', [0xbc, 0xd7]],
  ];

  test.each(invalid)('%s: UndecodableBytes when strict, declined otherwise', (_, sequence) => {
    const bytes = new Uint8Array([...encoder.encode('a,b\n1,'), ...sequence, ...encoder.encode(',2\n')]);
    expect(() => readBytes(bytes)).toThrow(UndecodableBytes);
    expect(() => readBytes(bytes, ',', [], false)).toThrow(FastPathDeclined);
  });

  test('a sequence cut off by the end of the file', () => {
    expect(() => readBytes(new Uint8Array([0x61, 0x0a, 0xe4, 0xb8]))).toThrow(UndecodableBytes);
  });

  test('inside a quoted cell too', () => {
    expect(() => readBytes(new Uint8Array([0x22, 0xc0, 0xaf, 0x22, 0x0a]))).toThrow(UndecodableBytes);
  });

  test('random bytes: rejected exactly when a fatal TextDecoder rejects them', () => {
    const random = mulberry32(3);
    const fatal = new TextDecoder('utf-8', { fatal: true });
    const pool = [0x61, 0x2c, 0x0a, 0x80, 0xbf, 0xc2, 0xdf, 0xe0, 0xa0, 0xed, 0x9f, 0xef, 0xf0, 0x90, 0xf4, 0x8f, 0xf5, 0xe4, 0xb8, 0xad];
    for (let i = 0; i < 3000; i++) {
      const bytes = new Uint8Array(Array.from({ length: 1 + Math.floor(random() * 8) }, () => pool[Math.floor(random() * pool.length)]));
      let valid = true;
      try {
        fatal.decode(bytes);
      } catch {
        valid = false;
      }
      const cut = Math.floor(random() * (bytes.length + 1));
      if (valid) expect(readBytes(bytes, ',', [cut])).toEqual(readPlain(bytes));
      else expect(() => readBytes(bytes, ',', [cut])).toThrow(UndecodableBytes);
    }
  });
});
