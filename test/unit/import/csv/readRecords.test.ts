import { describe, expect, test } from 'vitest';
import { readRecords } from '../../../../src/import/csv/index.ts';
import { chunksOf, collect } from '../memorySource.ts';

describe('readRecords(texts, delimiter)', () => {
  test('batches carry the 1-based record number of their first record', async () => {
    const batches = await collect(readRecords(chunksOf(['a,b\n1,', '2\n3,4\n5', ',6']), ','));
    expect(batches).toEqual([
      { records: [['a', 'b']], first: 1 },
      { records: [['1', '2'], ['3', '4']], first: 2 },
      { records: [['5', '6']], first: 4 },
    ]);
  });

  test('a record spanning lines counts once, as a spreadsheet shows it', async () => {
    const batches = await collect(readRecords(chunksOf(['h\n"x\ny"\nz\n']), ','));
    expect(batches).toEqual([{ records: [['h'], ['x\ny'], ['z']], first: 1 }]);
  });

  test('no text, no batch', async () => {
    expect(await collect(readRecords(chunksOf([]), ','))).toEqual([]);
  });
});
