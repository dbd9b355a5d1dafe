import { describe, expect, test } from 'vitest';
import { UndecodableBytes, decodeChunks } from '../../../../src/import/decode/index.ts';
import type { DecodeTally } from '../../../../src/import/decode/index.ts';
import type { Encoding } from '../../../../src/import/index.ts';
import { chunksOf, collect, fixture } from '../memorySource.ts';

/** The text of test/fixtures/gb18030-orders.csv, as written by the script that produced it. */
const GB_TEXT =
  '客户编号,客户名称,下单日期,订单金额,区域\r\n' +
  'K001,甲公司,2024-03-05,1200.00,华东\r\n' +
  'K002,北京乙贸易有限公司,2024-03-06,850.50,华北\r\n' +
  'K001,甲公司,2024-03-20,300.00,华东\r\n' +
  'K003,深圳丙科技,2024-04-01,99.90,华南\r\n' +
  '合计,,,2450.40,\r\n';

async function decodeSplit(bytes: Uint8Array, encoding: Encoding, cuts: readonly number[]): Promise<string> {
  const chunks: Uint8Array[] = [];
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    chunks.push(bytes.slice(from, cut));
    from = cut;
  }
  return (await collect(decodeChunks(chunksOf(chunks), encoding))).join('');
}

function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const [first, second] = order === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff];
    bytes[2 + 2 * i] = first;
    bytes[3 + 2 * i] = second;
  }
  return bytes;
}

describe('decodeChunks(chunks, encoding)', () => {
  test('GB18030: the text is identical whatever byte offset the file is cut at', async () => {
    const bytes = fixture('gb18030-orders.csv');
    for (let cut = 0; cut <= bytes.length; cut++) {
      expect(await decodeSplit(bytes, 'gb18030', [cut])).toBe(GB_TEXT);
    }
  });

  test('GB18030: the text is identical for read chunks of every size from 1 byte to the whole file', async () => {
    const bytes = fixture('gb18030-orders.csv');
    for (let size = 1; size <= bytes.length; size++) {
      const cuts = [];
      for (let at = size; at < bytes.length; at += size) cuts.push(at);
      expect(await decodeSplit(bytes, 'gb18030', cuts)).toBe(GB_TEXT);
    }
  });

  test('UTF-8 with a BOM: the BOM is dropped and characters cut between chunks are joined', async () => {
    const text = 'Kunde,客户,Müller\n€5';
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    for (let cut = 0; cut <= bytes.length; cut++) {
      expect(await decodeSplit(bytes, 'utf-8', [cut])).toBe(text);
    }
  });

  test.each(['le', 'be'] as const)('UTF-16 %s with a BOM, cut at every byte offset', async (order) => {
    const text = '客户编号,金额\r\nK1,12.5';
    const bytes = utf16(text, order);
    for (let cut = 0; cut <= bytes.length; cut++) {
      expect(await decodeSplit(bytes, order === 'le' ? 'utf-16le' : 'utf-16be', [cut])).toBe(text);
    }
  });

  test('a fatal UTF-8 decode throws UndecodableBytes at the chunk holding invalid bytes', async () => {
    const chunks = [new TextEncoder().encode('a,b\n'), new Uint8Array([0x31, 0x2c, 0xbf, 0xcd, 0x0a])];
    const error = await collect(decodeChunks(chunksOf(chunks), 'utf-8', { fatal: true })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UndecodableBytes);
    expect(error).toMatchObject({ encoding: 'utf-8', offset: 4 });
  });

  test('a non-fatal decode counts replacement characters and bytes in the tally', async () => {
    const tally: DecodeTally = { bytes: 0, replacements: 0 };
    // BF CD is 客 in GBK; as UTF-8, BF is a stray continuation byte and CD a lead byte cut by the newline: two U+FFFD.
    const chunks = [new TextEncoder().encode('a,b\n'), new Uint8Array([0x31, 0x2c, 0xbf, 0xcd, 0x0a])];
    const text = (await collect(decodeChunks(chunksOf(chunks), 'utf-8', { tally }))).join('');
    expect(text).toBe('a,b\n1,\uFFFD\uFFFD\n');
    expect(tally).toEqual({ bytes: 9, replacements: 2 });
  });

  test('a character cut off at the very end of the file becomes one replacement character', async () => {
    const tally: DecodeTally = { bytes: 0, replacements: 0 };
    const text = (await collect(decodeChunks(chunksOf([new Uint8Array([0x41, 0xe5, 0xae])]), 'utf-8', { tally }))).join('');
    expect(text).toBe('A\uFFFD');
    expect(tally.replacements).toBe(1);
  });
});
