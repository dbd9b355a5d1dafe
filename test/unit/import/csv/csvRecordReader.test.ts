import { describe, expect, test } from 'vitest';
import { CsvRecordReader } from '../../../../src/import/csv/index.ts';
import type { Delimiter } from '../../../../src/import/index.ts';

/** Reads `pieces` pushed one after another, then finishes. */
function read(pieces: readonly string[], delimiter: Delimiter = ','): string[][] {
  const reader = new CsvRecordReader(delimiter);
  const records = pieces.flatMap((piece) => reader.push(piece));
  return [...records, ...reader.finish()];
}

const TRICKY = 'id,name,note\r\n1,"Smith, John","said ""hi""\r\nthen left"\r\n2, padded ,\r\n\r\n3,"a""b",""\r\n';
const TRICKY_RECORDS = [
  ['id', 'name', 'note'],
  ['1', 'Smith, John', 'said "hi"\r\nthen left'],
  ['2', 'padded', ''],
  [''],
  ['3', 'a"b', ''],
];

describe('CsvRecordReader', () => {
  test('quoted delimiters and line ends, "" escapes, trimmed cells, a blank line', () => {
    expect(read([TRICKY])).toEqual(TRICKY_RECORDS);
  });

  test.each([
    { name: 'LF', text: 'a,b\n1,2\n3,4' },
    { name: 'CRLF', text: 'a,b\r\n1,2\r\n3,4\r\n' },
    { name: 'CR', text: 'a,b\r1,2\r3,4\r' },
    { name: 'a quoted last field before CRLF', text: '"a","b"\r\n"1","2"\r\n"3","4"' },
  ])('$name line ends', ({ text }) => {
    expect(read([text])).toEqual([['a', 'b'], ['1', '2'], ['3', '4']]);
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

  test('a final newline adds no empty record', () => {
    expect(read(['a\n1\n'])).toEqual([['a'], ['1']]);
  });

  test('a quote never closed runs to the end of the text', () => {
    expect(read(['a,b\n1,"open\n2,3\n'])).toEqual([['a', 'b'], ['1', 'open\n2,3']]);
  });
});
