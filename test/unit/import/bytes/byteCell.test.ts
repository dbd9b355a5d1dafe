import { describe, expect, test } from 'vitest';
import { ByteCell } from '../../../../src/import/bytes/byteCell.ts';
import { ByteRecordReader } from '../../../../src/import/bytes/index.ts';

/** The cells of a one-record line as ByteCell reads them: [text, exact]. */
function cells(line: string): [string, boolean][] {
  const reader = new ByteRecordReader(',', true);
  reader.push(new TextEncoder().encode(line));
  const records = reader.finish();
  const cell = new ByteCell();
  const width = records.firstField[1] - records.firstField[0];
  return Array.from({ length: width + 1 }, (_, column) => {
    cell.read(records, 0, column);
    return [cell.text(), cell.exact];
  });
}

describe('ByteCell', () => {
  test('ASCII spaces are trimmed off the bytes; the bytes are then the text', () => {
    expect(cells(' a ,\tb\t,"  c  ",甲 ')).toEqual([['a', true], ['b', true], ['c', true], ['甲', true], ['', true]]);
  });

  test('Unicode spaces at an edge and "" escapes: the text is right, the bytes are not it', () => {
    const texts = ['\u00a0a', 'b\u3000', '\u2009c\u202f', 'd\ufeff', '\u2028e'];
    expect(cells(`${texts.join(',')},"x""y"`)).toEqual([
      ...texts.map((text): [string, boolean] => [text.trim(), false]),
      ['x"y', false],
      ['', true],
    ]);
  });

  test('Unicode spaces inside a cell stay and do not matter', () => {
    expect(cells('a\u3000b,甲\u00a0乙')).toEqual([['a\u3000b', true], ['甲\u00a0乙', true], ['', true]]);
  });
});
