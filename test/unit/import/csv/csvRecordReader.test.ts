import { describe, expect, test } from 'vitest';
import { CsvRecordReader } from '../../../../src/import/csv/index.ts';
import type { Delimiter } from '../../../../src/import/index.ts';
import { CSV_CASES, TRICKY, TRICKY_RECORDS } from './csvCases.ts';

/** Reads `pieces` pushed one after another, then finishes. */
function read(pieces: readonly string[], delimiter: Delimiter = ','): string[][] {
  const reader = new CsvRecordReader(delimiter);
  const records = pieces.flatMap((piece) => reader.push(piece));
  return [...records, ...reader.finish()];
}

describe('CsvRecordReader', () => {
  test.each(CSV_CASES)('$name', ({ text, delimiter, records }) => {
    expect(read([text], delimiter)).toEqual(records);
  });

  test('a record cut between two chunks at any character reads the same', () => {
    for (let cut = 0; cut <= TRICKY.length; cut++) {
      expect(read([TRICKY.slice(0, cut), TRICKY.slice(cut)])).toEqual(TRICKY_RECORDS);
    }
  });

  test('one character per chunk reads the same', () => {
    expect(read([...TRICKY])).toEqual(TRICKY_RECORDS);
  });

  test('a CR-only file cut at every character reads the same', () => {
    const text = 'a;"x\ry";c\r1;2;3\r';
    for (let cut = 0; cut <= text.length; cut++) {
      expect(read([text.slice(0, cut), text.slice(cut)], ';')).toEqual([['a', 'x\ry', 'c'], ['1', '2', '3']]);
    }
  });

  test('push returns only completed records; the last waits for finish', () => {
    const reader = new CsvRecordReader(',');
    expect(reader.push('a,b\n1,')).toEqual([['a', 'b']]);
    expect(reader.push('2')).toEqual([]);
    expect(reader.finish()).toEqual([['1', '2']]);
  });

});
