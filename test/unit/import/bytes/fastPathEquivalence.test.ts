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
import { mulberry32 } from '../../core/helpers/mulberry32.ts';
import { fixture, memorySource } from '../memorySource.ts';
import type { MemorySource } from '../memorySource.ts';

interface Outcome {
  readonly report: FileReport;
  readonly dataset: ImportedDataset;
  readonly opens: number;
}

async function importWith(name: string, bytes: Uint8Array, chunkSize: number, plainReader: boolean): Promise<Outcome> {
  const source: MemorySource = memorySource(name, bytes, chunkSize);
  const inspection = await inspectFile(source);
  const builder = new DatasetBuilder();
  const report = await importFile(source, importSettings(inspection), builder, { certainEncoding: inspection.encodingCertain, plainReader });
  return { report, dataset: builder.build(), opens: source.opens };
}

/** Imports both ways and compares; answers how often the byte path opened the file (2 = inspection + one reading). */
async function expectSameBothWays(name: string, bytes: Uint8Array, chunkSize = 65536): Promise<number> {
  const plain = await importWith(name, bytes, chunkSize, true);
  const fast = await importWith(name, bytes, chunkSize, false);
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

/**
 * A transactions file with a title line, blank lines, totals, a footer, excluded statuses,
 * rejected cells, rows of a single cell, amounts in several notations, dates with times, quoted cells, Unicode spaces,
 * prototype names and refunds, drawn by a seeded generator.
 */
function dirtyFile(seed: number, rows: number): string {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const customers = ['C1', 'C2', 'C3', '__proto__', 'constructor', '甲公司', ' C4 ', '"C5"', 'C6\u00a0', '\u3000C7', 'Total', '"C,8"'];
  const names = ['', 'Acme', '"Acme, Inc."', '"The ""Best"" Co"', '乙有限公司', ' padded '];
  const regions = ['', 'North', 'South', '华东', '"East, Coast"', '\u00a0West'];
  const statuses = ['Completed', 'Paid', 'Cancelled', '', 'completed ', '已完成', '作废'];
  const dates = ['2024-03-05', '2024-12-31', '2024-03-05 10:00:00', '2024/3/5', '2024年3月5日', '', 'soon', '2024-02-30', '"Mar 5, 2024"', '20240305', '2024-03-05T08:00:00Z'];
  const amounts = ['100', '-25.5', '0', '-0', '1234567.891', '"1,234.50"', '12x', '', '(7.5)', '¥300', '1234567890123456789', '0.1', '00012.3400', '+5', '1e3'];
  const refunds = ['', '', '0', '10', 'x', '2.5'];
  const lines = ['Sales export 2024', '', 'Order ID,Customer ID,Customer Name,Order Date,Amount,Status,Region,Refunded Amount'];
  for (let i = 0; i < rows; i++) {
    const r = random();
    if (r < 0.01) lines.push('');
    else if (r < 0.015) lines.push(`Total,,,,${pick(amounts)},,,`);
    else if (r < 0.02) lines.push(`,合计,,,${pick(amounts)},,,`);
    // One filled cell: a footer right after a blank line, a rejected row after a data row.
    else if (r < 0.03) lines.push(`,${pick(customers)},,,,,,`);
    else {
      const order = random() < 0.3 ? '' : `O${Math.floor(random() * rows)}`;
      lines.push([order, pick(customers), pick(names), pick(dates), pick(amounts), pick(statuses), pick(regions), pick(refunds)].join(','));
    }
  }
  lines.push('', 'Generated by Tierscope tests', 'Confidential');
  return `${lines.join(random() < 0.5 ? '\n' : '\r\n')}\n`;
}
