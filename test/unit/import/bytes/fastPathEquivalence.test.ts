/**
 * The byte-level path must give exactly what the plain path gives: the same report (row
 * counts, rejections with row, column and value, skipped lines, excluded statuses, date order)
 * and the same data set, on every fixture, the demo data and seeded files full of the cases
 * that send rows back to the plain path.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DatasetBuilder } from '../../../../src/import/datasetBuilder.ts';
import { importFile, importSettings, inspectFile } from '../../../../src/import/index.ts';
import type { FileReport, ImportedDataset } from '../../../../src/import/index.ts';
import { dirtyFile } from '../dirtyFile.ts';
import { fixture, memorySource } from '../memorySource.ts';
import type { MemorySource } from '../memorySource.ts';

interface Outcome {
  readonly report: FileReport;
  readonly dataset: ImportedDataset;
  readonly opens: number;
}

async function importWith(name: string, bytes: Uint8Array, chunkSize: number, plainReader: boolean, reused = false): Promise<Outcome> {
  const source: MemorySource = memorySource(name, bytes, chunkSize, reused);
  const inspection = await inspectFile(source);
  const builder = new DatasetBuilder();
  const report = await importFile(source, importSettings(inspection), builder, { certainEncoding: inspection.encodingCertain, plainReader });
  return { report, dataset: builder.build(), opens: source.opens };
}

/**
 * Imports both ways and compares; answers how often the byte path opened the file (2 = inspection +
 * one reading). With `reused`, the byte path reads chunks its source overwrites (readReused).
 */
async function expectSameBothWays(name: string, bytes: Uint8Array, chunkSize = 65536, reused = false): Promise<number> {
  const plain = await importWith(name, bytes, chunkSize, true);
  const fast = await importWith(name, bytes, chunkSize, false, reused);
  expect(fast.report).toEqual(plain.report);
  expect(fast.dataset).toEqual(plain.dataset);
  return fast.opens;
}

const FIXTURES = resolve(import.meta.dirname, '../../../fixtures');

describe('byte-level and plain import agree', () => {
  const files = readdirSync(FIXTURES).filter((file) => /\.(csv|tsv)$/.test(file));
  test.each(files)('fixture %s, in chunks of 7 bytes and of 64 KiB', async (file) => {
    for (const chunkSize of [7, 65536]) await expectSameBothWays(file, fixture(file), chunkSize);
  });

  test('the demo data set, read from bytes without falling back', async () => {
    const bytes = new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../../../public/demo/tierscope-demo.csv')));
    expect(await expectSameBothWays('demo.csv', bytes, 100_003)).toBe(2);
  });

  test.each([1, 2, 3, 4, 5])('a seeded file of dirty rows (seed %i)', async (seed) => {
    const opens = await expectSameBothWays(`dirty-${seed}.csv`, new TextEncoder().encode(dirtyFile(seed, 3000)), 4093);
    expect(opens).toBe(2);
  });

  test.each([1, 2, 3])('chunks in memory the source overwrites: every record is read from its own copy (seed %i)', async (seed) => {
    const bytes = new TextEncoder().encode(dirtyFile(seed, 3000));
    // Chunk sizes that end mid-record, at a record's end and past the 1 MiB a batch holds.
    for (const chunkSize of [4093, 1 << 20]) expect(await expectSameBothWays(`dirty-${seed}.csv`, bytes, chunkSize, true)).toBe(2);
    const demo = new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../../../public/demo/tierscope-demo.csv')));
    await expectSameBothWays('demo.csv', demo, 100_003, true);
  });

  test('a file whose dates flip the column to day-first on the way', async () => {
    const rows = ['Customer ID,Order Date,Amount', 'A,3/4/2024,1', 'B,5/6/2024,2', 'A,25/6/2024,3', 'C,7/8/2024,4'];
    await expectSameBothWays('flip.csv', new TextEncoder().encode(`${rows.join('\n')}\n`), 5);
  });

  test('a data row after a blank line ends what would be a footer: the next single cell is a rejected row', async () => {
    const text = 'Customer ID,Order Date,Amount,Note\nA,2024-01-02,1,\n\nB,2024-01-03,2,\nC,,,\n';
    const { report } = await importWith('after-blank.csv', new TextEncoder().encode(text), 65536, false);
    expect(report.rows).toEqual({ total: 3, accepted: 2, excluded: 0, rejected: 1, skipped: 1 });
    await expectSameBothWays('after-blank.csv', new TextEncoder().encode(text));
  });

  test('a file the byte reader declines (a stray quote) is read the plain way, with the same result', async () => {
    const text = 'Customer ID,Order Date,Amount\nA,2024-01-02,1\nB "the second",2024-01-03,2\n';
    expect(await expectSameBothWays('stray.csv', new TextEncoder().encode(text))).toBe(3);
  });
});
