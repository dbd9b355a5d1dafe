import { describe, expect, it } from 'vitest';
import { DIMENSIONS } from '../../src/core/model/index.ts';
import {
  CHUNK_ROWS,
  chunkRecords,
  decodeDataset,
  decodeOrderIds,
  dictionaryRecords,
  joinColumn,
  joinStrings,
  packTexts,
  splitColumn,
  stringChunkRecords,
  unpackTexts,
} from '../../src/db/index.ts';
import type { ChunkRecord, DictionaryRecord, TextChunk } from '../../src/db/index.ts';
import { expectSameDataset } from './helpers/expectSameDataset.ts';
import { makeDataset } from './helpers/makeDataset.ts';

/** Entries of a chunk: numbers, strings, or packed texts. */
const entries = (values: ChunkRecord['values']): number => ('ends' in values ? values.ends.length : values.length);

function roundTrip(rows: number, customers?: number) {
  const dataset = makeDataset(rows, customers);
  // structuredClone is what IndexedDB does to every record it stores.
  const chunks = structuredClone([...chunkRecords('d1', dataset.transactions)]);
  const texts = structuredClone([...stringChunkRecords('d1', dataset)]);
  const dictionaries = structuredClone(dictionaryRecords('d1', dataset));
  const parts = { rowCount: rows, customerCount: dataset.customers.length, orderCount: dataset.orderCount, dictionaries };
  const decoded = decodeDataset({ ...parts, chunks: [...chunks, ...texts] });
  return { dataset, chunks, texts, dictionaries, decoded };
}

describe('splitColumn(values, chunkRows)', () => {
  it('slices into copies of at most chunkRows, the last one shorter', () => {
    const values = Int32Array.from([1, 2, 3, 4, 5, 6, 7]);
    const slices = [...splitColumn(values, 3)];
    expect(slices.map((s) => Array.from(s))).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    // Each slice owns a buffer of its own size: no view over the whole column gets stored.
    for (const s of slices) expect(s.buffer.byteLength).toBe(s.byteLength);
  });

  it('returns no chunk for an empty column', () => {
    expect([...splitColumn(new Float64Array(0))]).toEqual([]);
    expect([...splitColumn([] as string[])]).toEqual([]);
  });

  it('slices a text column the same way', () => {
    expect([...splitColumn(['a', '', 'c', 'd'], 3)]).toEqual([['a', '', 'c'], ['d']]);
  });

  it('rejects a chunk size that is not a positive integer', () => {
    expect(() => [...splitColumn(new Int32Array(3), 0)]).toThrow(RangeError);
    expect(() => [...splitColumn(new Int32Array(3), 1.5)]).toThrow(RangeError);
  });
});

describe('joinColumn(chunks, length, allocate)', () => {
  const allocate = (n: number) => new Int32Array(n);
  const chunk = (index: number, values: number[]) => ({ index, values: Int32Array.from(values) });

  it('joins chunks given in any order by their index', () => {
    const joined = joinColumn([chunk(1, [4, 5]), chunk(0, [1, 2, 3])], 5, allocate);
    expect(Array.from(joined)).toEqual([1, 2, 3, 4, 5]);
  });

  it.each([
    ['a missing chunk', [chunk(0, [1]), chunk(2, [3])], 2],
    ['a repeated chunk', [chunk(0, [1]), chunk(0, [1])], 2],
    ['too few rows', [chunk(0, [1, 2])], 3],
    ['too many rows', [chunk(0, [1, 2]), chunk(1, [3])], 2],
  ])('throws DbError corrupt for %s', (_, chunks, length) => {
    expect(() => joinColumn(chunks, length, allocate)).toThrow(expect.objectContaining({ name: 'DbError', code: 'corrupt' }));
  });
});

describe('unpackTexts(packed)', () => {
  it('gives back the texts packed, of any width and empty ones included', () => {
    const texts = ['', 'A1', '华东', 'C🙂3', '', 'Ünïcode', '\uFFFD', 'x'];
    expect(unpackTexts(packTexts(texts))).toEqual(texts);
    expect(unpackTexts(packTexts([]))).toEqual([]);
  });

  it('reads bytes that are not UTF-8 text by text, as a decoder per text would', () => {
    // E4 B8 is a three-byte character cut short: a replacement character in its own text only.
    expect(unpackTexts({ bytes: Uint8Array.of(0x41, 0xe4, 0xb8, 0x42, 0x43), ends: Int32Array.of(1, 3, 5) })).toEqual(['A', '\uFFFD', 'BC']);
    // E4 B8 B8 is 丸, but split between two texts: each half is a broken character of its own.
    expect(unpackTexts({ bytes: Uint8Array.of(0xe4, 0xb8, 0xb8, 0x41), ends: Int32Array.of(2, 4) })).toEqual(['\uFFFD', '\uFFFDA']);
  });
});

describe('joinStrings(chunks, length)', () => {
  it('joins text chunks by their index and checks them as joinColumn does', () => {
    expect(joinStrings([{ index: 1, values: ['c'] }, { index: 0, values: ['a', ''] }], 3)).toEqual(['a', '', 'c']);
    expect(() => joinStrings([{ index: 0, values: ['a'] }], 2)).toThrow(expect.objectContaining({ code: 'corrupt' }));
    expect(() => joinStrings([{ index: 1, values: ['a'] }], 1)).toThrow(expect.objectContaining({ code: 'corrupt' }));
  });
});

describe('chunkRecords + stringChunkRecords + dictionaryRecords → decodeDataset', () => {
  // Chunks per column = ceil(rows / 65,536): 0 → 0, 1 → 1, 65,535 → 1, 65,536 → 1,
  // 65,537 → 2 (the second holds 1 row), 200,000 → 4 (3·65,536 = 196,608; the last holds 3,392).
  it.each([
    [0, 0, 0],
    [1, 1, 1],
    [65_535, 1, 65_535],
    [65_536, 1, 65_536],
    [65_537, 2, 1],
    [200_000, 4, 3_392],
  ])('round-trips %i rows exactly (%i chunks per column, last of %i rows)', (rows, chunksPerColumn, lastRows) => {
    const { dataset, chunks, decoded } = roundTrip(rows);
    expect(CHUNK_ROWS).toBe(65_536);
    expect(chunks).toHaveLength(4 * chunksPerColumn);
    for (const column of ['customer', 'day', 'amount', 'order'] as const) {
      const ofColumn = chunks.filter((c) => c.column === column);
      expect(ofColumn.map((c) => c.index)).toEqual(Array.from({ length: chunksPerColumn }, (_, i) => i));
      if (chunksPerColumn > 0) expect(entries(ofColumn[chunksPerColumn - 1].values)).toBe(lastRows);
    }
    expectSameDataset(decoded, dataset);
  });

  it('keeps the text columns in chunks: 150,000 customers (3 chunks), 100,000 order ids (2)', () => {
    const { texts, decoded, dataset } = roundTrip(200_000, 150_000);
    const counts = (column: string) => texts.filter((t) => t.column === column).map(({ values }) => entries(values));
    // 150,000 = 2·65,536 + 18,928; 100,000 = 65,536 + 34,464.
    expect(counts('customerIds')).toEqual([65_536, 65_536, 18_928]);
    expect(counts('customerNames')).toEqual([65_536, 65_536, 18_928]);
    expect(counts('orderIds')).toEqual([65_536, 34_464]);
    expect(decoded.customers.ids).toEqual(dataset.customers.ids);
    expect(decodeOrderIds(texts, 100_000)).toEqual(dataset.orderIds);
  });

  it('decodes without the order id chunks: they are needed only by decodeOrderIds', () => {
    const { dataset, chunks, texts, dictionaries } = roundTrip(100, 10);
    const withoutOrders = [...chunks, ...texts.filter((t) => t.column !== 'orderIds')];
    const decoded = decodeDataset({ rowCount: 100, customerCount: 10, orderCount: 50, chunks: withoutOrders, dictionaries });
    expectSameDataset(decoded, dataset);
    expect('orderIds' in decoded).toBe(false);
    expect(() => decodeOrderIds(withoutOrders, 50)).toThrow(expect.objectContaining({ code: 'corrupt' }));
  });

  it('stores order ids as packed UTF-8 and reads them back from chunks of either format', () => {
    const ids = ['O1', '', '客户-7', '😀', '__proto__', 'a,b\n"c"'];
    const chunks = [...stringChunkRecords('d', { ...makeDataset(0, 0), orderCount: ids.length, orderIds: packTexts(ids) }, 4)].filter((c) => c.column === 'orderIds');
    // 4 + 2 ids; '客户-7' is 3 + 3 + 2 bytes, '😀' 4, '__proto__' 9, 'a,b⏎"c"' 7.
    expect(chunks.map(({ values }) => ('ends' in values ? Array.from(values.ends) : null))).toEqual([[2, 2, 10, 14], [9, 16]]);
    expect(unpackTexts(decodeOrderIds(structuredClone(chunks), ids.length))).toEqual(ids);
    // A set stored before keeps lists of strings; a chunk of each kind reads the same.
    const legacy: ChunkRecord = { datasetId: 'd', column: 'orderIds', index: 0, values: ids.slice(0, 4) };
    expect(unpackTexts(decodeOrderIds([chunks[1], legacy], ids.length))).toEqual(ids);
    expect(() => decodeOrderIds([legacy], ids.length)).toThrow(expect.objectContaining({ code: 'corrupt' }));
  });

  it('stores customer ids and names from packed texts, names by code, and reads back chunks of either format', () => {
    const ids = ['C1', '客户-7', '😀', '__proto__', 'a,b'];
    // Names by code: 'Ōsaka KK' (8 characters, 9 bytes) and '丙' (3 bytes); customers 1 and 4 have none.
    const names = packTexts(['Ōsaka KK', '丙']);
    const nameCodes = Int32Array.from([1, -1, 0, 1, -1]);
    const expectedNames = ['丙', '', 'Ōsaka KK', '丙', ''];
    const base = makeDataset(0, 0);
    const dataset = {
      ...base,
      customers: { ...base.customers, length: ids.length, ids, names: expectedNames },
      packedCustomers: { ids: packTexts(ids), nameCodes, names },
    };
    const chunks = structuredClone([...stringChunkRecords('d', dataset, 3)]);
    const ofColumn = (column: string) => chunks.flatMap((c) => (c.column === column ? [{ index: c.index, values: c.values as TextChunk }] : []));
    const ends = (column: string) => ofColumn(column).map(({ values }) => ('ends' in values ? Array.from(values.ends) : null));
    // Chunks of 3 + 2 customers: ids 'C1' 2, '客户-7' 8, '😀' 4 | '__proto__' 9, 'a,b' 3 bytes.
    expect(ends('customerIds')).toEqual([[2, 10, 14], [9, 12]]);
    expect(ends('customerNames')).toEqual([[3, 3, 12], [3, 3]]);
    expect(joinStrings(ofColumn('customerIds'), ids.length)).toEqual(ids);
    expect(joinStrings(ofColumn('customerNames'), ids.length)).toEqual(expectedNames);
    // A set stored before holds lists of strings; a chunk of each kind reads the same.
    const legacy = { index: 0, values: expectedNames.slice(0, 3) };
    expect(joinStrings([legacy, ofColumn('customerNames')[1]], ids.length)).toEqual(expectedNames);
  });

  it('keeps every dimension, including an empty customer table', () => {
    const { dictionaries, texts, decoded, dataset } = roundTrip(0, 0);
    // Values and codes for each of the 5 dimensions; empty text columns have no chunk.
    expect(dictionaries).toHaveLength(2 * DIMENSIONS.length);
    expect(texts).toEqual([]);
    expect(decoded.customers.length).toBe(0);
    expectSameDataset(decoded, dataset);
  });

  it('stores dimension codes compactly even when they are views into a larger buffer', () => {
    const dataset = makeDataset(10, 4);
    const wide = new Int32Array(100);
    wide.set([0, 1, -1, 2], 50);
    const view = wide.subarray(50, 54);
    const withView = {
      ...dataset,
      customers: { ...dataset.customers, dims: { ...dataset.customers.dims, region: { codes: view, values: ['a', 'b', 'c'] } } },
    };
    const record = dictionaryRecords('d', withView).find((r) => r.name === 'dim:region:codes');
    expect(record?.values).toBeInstanceOf(Int32Array);
    const codes = record?.values as Int32Array;
    expect(Array.from(codes)).toEqual([0, 1, -1, 2]);
    expect(codes.buffer.byteLength).toBe(16);
  });

  it('refuses columns whose lengths disagree with the row count', () => {
    const dataset = makeDataset(5, 2);
    const broken = { ...dataset.transactions, day: new Int32Array(4) };
    expect(() => [...chunkRecords('d', broken)]).toThrow(RangeError);
  });

  it('round-trips a customer id __proto__ and a dimension value constructor', () => {
    const { decoded } = roundTrip(20, 5);
    expect(decoded.customers.ids[0]).toBe('__proto__');
    expect(decoded.customers.ids[1]).toBe('constructor');
    expect(decoded.customers.dims.region.values[0]).toBe('constructor');
    expect(decoded.customers.dims.region.values[1]).toBe('__proto__');
    expect(unpackTexts(decodeOrderIds(structuredClone([...stringChunkRecords('d1', makeDataset(20, 5))]), 10))[0]).toBe('__proto__');
    expect(Object.getPrototypeOf(decoded.customers.dims)).toBe(Object.prototype);
  });

  describe('decodeDataset throws DbError corrupt', () => {
    const dataset = makeDataset(100, 10);
    const chunks = [...chunkRecords('d', dataset.transactions, 30), ...stringChunkRecords('d', dataset, 4)];
    const dictionaries = dictionaryRecords('d', dataset);
    const decode = (c: readonly ChunkRecord[], d: readonly DictionaryRecord[], rowCount = 100, customerCount = 10) =>
      () => decodeDataset({ rowCount, customerCount, orderCount: 50, chunks: c, dictionaries: d });

    it.each([
      ['a chunk is missing', decode(chunks.filter((c) => !(c.column === 'day' && c.index === 2)), dictionaries)],
      ['the row count disagrees', decode(chunks, dictionaries, 101)],
      ['a chunk of customer names is missing', decode(chunks.filter((c) => !(c.column === 'customerNames' && c.index === 1)), dictionaries)],
      ['a dictionary is missing', decode(chunks, dictionaries.filter((d) => d.name !== 'dim:region:values'))],
      ['dimension codes are missing', decode(chunks, dictionaries.filter((d) => d.name !== 'dim:owner:codes'))],
      ['the customer count disagrees', decode(chunks, dictionaries, 100, 11)],
      [
        'a chunk has the wrong array type',
        decode(
          chunks.map((c) =>
            c.column === 'customer' && c.index === 0 ? ({ ...c, values: new Float64Array(30) } as unknown as ChunkRecord) : c,
          ),
          dictionaries,
        ),
      ],
    ])('when %s', (_, run) => {
      expect(run).toThrow(expect.objectContaining({ name: 'DbError', code: 'corrupt' }));
    });

    it('decodes the intact records (the control case)', () => {
      expectSameDataset(decode(chunks, dictionaries)(), dataset);
    });
  });
});
