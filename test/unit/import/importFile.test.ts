import { describe, expect, test } from 'vitest';
import { unpackTexts } from '../../../src/db/index.ts';
import { DatasetBuilder } from '../../../src/import/datasetBuilder.ts';
import { ImportAborted, importFile, importSettings, inspectFile } from '../../../src/import/index.ts';
import type { ByteSource, FileReport, ImportProgress, ImportSettings, ImportedDataset } from '../../../src/import/index.ts';
import { day, fixture, memorySource } from './memorySource.ts';

/** Inspects, then imports with the settings the inspection proposes. */
async function importOne(source: ByteSource, change: Partial<ImportSettings> = {}): Promise<{ report: FileReport; dataset: ImportedDataset }> {
  const inspection = await inspectFile(source);
  const builder = new DatasetBuilder();
  const report = await importFile(source, { ...importSettings(inspection), ...change }, builder, { certainEncoding: inspection.encodingCertain });
  return { report, dataset: builder.build() };
}

const amounts = (dataset: ImportedDataset): number[] => [...dataset.transactions.amount];
const days = (dataset: ImportedDataset): number[] => [...dataset.transactions.day];

describe('importFile(source, settings, builder)', () => {
  test('title lines, a blank line, subtotal and total lines are skipped apart; a cancelled row is excluded', async () => {
    const { report, dataset } = await importOne(memorySource('title-total.csv', fixture('title-total.csv'), 16));
    // Rows 5, 6, 8 accepted; row 10 (作废) excluded; rows 1–2 titles, 3 and 7 blank, 9 小计 and 11 合计 totals.
    expect(report.rows).toEqual({ total: 4, accepted: 3, excluded: 1, rejected: 0, skipped: 6 });
    expect(report.skipped.map(({ row, reason }) => [row, reason])).toEqual([
      [1, 'title'], [2, 'title'], [3, 'blank'], [7, 'blank'], [9, 'total'], [11, 'total'],
    ]);
    expect(report.excludedByStatus).toEqual({ 作废: 1 });
    expect(amounts(dataset)).toEqual([1200, 850.5, 300]);
    expect(days(dataset)).toEqual([day('2024-03-05'), day('2024-03-06'), day('2024-03-20')]);
    expect(dataset.customers.names).toEqual(['甲公司', '乙公司']);
  });

  test('Salesforce report: stages that are not won are excluded, the footer after the blank line is skipped', async () => {
    const { report, dataset } = await importOne(memorySource('sf.csv', fixture('salesforce-footer.csv')));
    expect(report.rows).toEqual({ total: 5, accepted: 3, excluded: 2, rejected: 0, skipped: 5 });
    expect(report.excludedByStatus).toEqual({ 'Closed Lost': 1, Prospecting: 1 });
    expect(report.skipped.map(({ row, reason }) => [row, reason])).toEqual([[7, 'blank'], [8, 'footer'], [9, 'footer'], [10, 'footer'], [11, 'footer']]);
    // 3/15/2024 is only valid month-first, so the column is month-first by its data.
    expect(report).toMatchObject({ dateOrder: 'mdy', dateOrderSource: 'data' });
    expect(days(dataset)).toEqual([day('2024-03-05'), day('2024-03-15'), day('2024-04-02')]);
    expect(amounts(dataset)).toEqual([12000, 8500, 1500]);
    expect(dataset.customers.ids).toEqual(['Acme Corp', 'Initech']);
  });

  test('QuickBooks report: preamble, group headings and "Total for" lines are skipped', async () => {
    const { report, dataset } = await importOne(memorySource('qb.csv', fixture('quickbooks-sales.csv')));
    // Titles: rows 1–3 and group headings 6, 10; blank: 4; totals: 9, 12, 13.
    expect(report.rows).toEqual({ total: 3, accepted: 3, excluded: 0, rejected: 0, skipped: 9 });
    expect(amounts(dataset)).toEqual([1000, 150, 275]);
    expect(days(dataset)).toEqual([day('2024-01-15'), day('2024-02-03'), day('2024-03-28')]);
    expect(dataset.customers.ids).toEqual(["Amy's Bird Sanctuary", "Bill's Windsurf Shop"]);
  });

  test('a European semicolon file: 1.234,50 amounts and 05.03.2024 dates', async () => {
    const { report, dataset } = await importOne(memorySource('eu.csv', fixture('eu-semicolon.csv'), 5));
    expect(report).toMatchObject({ delimiter: ';', dateOrder: 'dmy', dateOrderSource: 'data' });
    expect(report.rows).toEqual({ total: 4, accepted: 4, excluded: 0, rejected: 0, skipped: 0 });
    expect(amounts(dataset)).toEqual([1234.5, 99.9, -100, 2000]);
    expect(days(dataset)).toEqual([day('2024-03-05'), day('2024-03-25'), day('2024-04-01'), day('2024-04-12')]);
    expect(dataset.customers.names).toEqual(['Müller GmbH', 'Dupont; Fils SA', 'Rossi Srl']);
  });

  test('a tab-separated file', async () => {
    const { report, dataset } = await importOne(memorySource('t.tsv', fixture('tab-separated.tsv')));
    expect(report.delimiter).toBe('\t');
    expect(amounts(dataset)).toEqual([100.25, 200, 50]);
    expect(dataset.customers.names).toEqual(['Alpha Ltd', 'Beta, Inc.']);
    // T1's latest row (2024-02-01) says Mid-Market.
    const { codes, values } = dataset.customers.dims.segment;
    expect([...codes].map((code) => values[code])).toEqual(['Mid-Market', 'Enterprise']);
  });

  test('a pipe-separated file', async () => {
    const { report, dataset } = await importOne(memorySource('p.csv', fixture('pipe-separated.csv')));
    expect(report.delimiter).toBe('|');
    expect(amounts(dataset)).toEqual([10, 20.5, 1000]);
    expect(dataset.customers.dims.channel.values).toEqual(['Online', 'Retail']);
  });

  test('rejections name the first problem of a row, with the row number a spreadsheet shows', async () => {
    const { report, dataset } = await importOne(memorySource('rej.csv', fixture('rejections.csv'), 3));
    const file = 'rej.csv';
    // Record 3 holds a two-line note, so the records after it are one line further down in a text editor.
    expect(report.rejections).toEqual([
      { code: 'missingCustomer', file, row: 3, column: 'Customer ID', value: '' },
      { code: 'missingDate', file, row: 4, column: 'Order Date', value: '' },
      { code: 'badDate', file, row: 5, column: 'Order Date', value: '2024-02-30' },
      { code: 'missingAmount', file, row: 6, column: 'Amount', value: '' },
      { code: 'badAmount', file, row: 7, column: 'Amount', value: '12abc' },
      { code: 'badRefunded', file, row: 8, column: 'Refunded Amount', value: 'n/a' },
      // Every cell of row 9 is bad: only the customer is reported, the row counted once.
      { code: 'missingCustomer', file, row: 9, column: 'Customer ID', value: '' },
    ]);
    expect(report.rejectionCounts).toEqual({ missingCustomer: 2, missingDate: 1, badDate: 1, missingAmount: 1, badAmount: 1, badRefunded: 1 });
    expect(report.rows).toEqual({ total: 10, accepted: 3, excluded: 0, rejected: 7, skipped: 0 });
    // Revenue = amount − refunded: 100 − 0; 1,234.50 − 34.50 = 1200; (50.00) = −50 with an empty refunded cell.
    expect(amounts(dataset)).toEqual([100, 1200, -50]);
  });

  test('rows whose status does not count are excluded per status as written, whatever their other cells', async () => {
    const { report, dataset } = await importOne(memorySource('st.csv', fixture('status-excluded.csv')));
    expect(report.rows).toEqual({ total: 6, accepted: 3, excluded: 3, rejected: 0, skipped: 0 });
    expect(report.excludedByStatus).toEqual({ Cancelled: 2, '': 1 });
    expect(amounts(dataset)).toEqual([100, 400, 50]);
    expect(unpackTexts(dataset.orderIds)).toEqual(['O1', 'O5']);
    expect([...dataset.transactions.order]).toEqual([0, 1, 0]);
  });

  test('a date only valid day-first, with month-first from the setting, reads the file again day-first', async () => {
    const source = memorySource('late.csv', fixture('late-day-first.csv'));
    const inspection = await inspectFile(source);
    const builder = new DatasetBuilder();
    builder.addTransaction('X', 1, 1, '', '', ['', '', '', '', '']);
    const report = await importFile(source, { ...importSettings(inspection), dateOrder: 'mdy' }, builder);
    expect(report).toMatchObject({ dateOrder: 'dmy', dateOrderSource: 'data' });
    expect(report.rows).toEqual({ total: 4, accepted: 4, excluded: 0, rejected: 0, skipped: 0 });
    expect(source.opens).toBe(3);
    const dataset = builder.build();
    // Rows from the month-first pass were rolled back; the row added before the file stays.
    expect(dataset.customers.ids).toEqual(['X', 'D1', 'D2', 'D3']);
    expect(days(dataset)).toEqual([1, day('2024-04-03'), day('2024-06-05'), day('2024-06-13'), day('2024-08-07')]);
  });

  test("a customer's name comes from its latest row as read after the day/month order flips, not as first read", async () => {
    // Month-first, row 1 (1 Dec) is C1's latest; day-first, row 2 (3 Feb) is.
    const csv = 'Order ID,Order Date,Customer ID,Customer Name,Amount\nO1,12/01/2024,C1,Name A,10\nO2,03/02/2024,C1,Name B,20\nO3,13/01/2024,C2,Other,30\n';
    const { report, dataset } = await importOne(memorySource('flip.csv', csv), { dateOrder: 'mdy' });
    expect(report).toMatchObject({ dateOrder: 'dmy', dateOrderSource: 'data' });
    expect(days(dataset)).toEqual([day('2024-01-12'), day('2024-02-03'), day('2024-01-13')]);
    expect(dataset.customers.names).toEqual(['Name B', 'Other']);
  });

  test('a column that contradicts itself rejects the contradicting rows', async () => {
    const { report, dataset } = await importOne(memorySource('c.csv', fixture('date-conflict.csv')));
    expect(report).toMatchObject({ dateOrder: 'dmy', dateOrderSource: 'data' });
    expect(report.rejections).toEqual([{ code: 'dateOrderConflict', file: 'c.csv', row: 4, column: 'Order Date', value: '03/25/2024' }]);
    expect(days(dataset)).toEqual([day('2024-03-25'), day('2024-04-03'), day('2024-04-05')]);
  });

  test('a column with no ambiguous date reports the setting as the source of its order', async () => {
    const { report } = await importOne(memorySource('tt.csv', fixture('title-total.csv')));
    expect(report).toMatchObject({ dateOrder: 'mdy', dateOrderSource: 'setting', ambiguousDates: 0 });
  });

  test('dates that read both ways are counted, so the summary can say the setting chose for them', async () => {
    // 3/5 and 4/6 read both ways; 2024-03-07 is year-first; none reads only one way.
    const csv = 'Customer ID,Order Date,Amount\nC1,3/5/2024,10\nC2,4/6/2024,20\nC3,2024-03-07,30\n';
    const { report } = await importOne(memorySource('amb.csv', csv), { dateOrder: 'dmy' });
    expect(report).toMatchObject({ dateOrder: 'dmy', dateOrderSource: 'setting', ambiguousDates: 2 });
  });

  test('GB18030: the same data set whatever size the read chunks are', async () => {
    const bytes = fixture('gb18030-orders.csv');
    for (let size = 1; size <= bytes.length; size++) {
      const { report, dataset } = await importOne(memorySource('gb.csv', bytes, size));
      expect(report.encoding).toBe('gb18030');
      expect(report.rows).toEqual({ total: 4, accepted: 4, excluded: 0, rejected: 0, skipped: 1 });
      expect(dataset.customers.ids).toEqual(['K001', 'K002', 'K003']);
      expect(dataset.customers.names).toEqual(['甲公司', '北京乙贸易有限公司', '深圳丙科技']);
      expect(dataset.customers.dims.region.values).toEqual(['华东', '华北', '华南']);
      expect(amounts(dataset)).toEqual([1200, 850.5, 300, 99.9]);
    }
  });

  test('GB18030: the same data set whichever byte the file is cut at into two chunks', async () => {
    const bytes = fixture('gb18030-orders.csv');
    for (let cut = 1; cut < bytes.length; cut++) {
      const { dataset } = await importOne(memorySource('gb.csv', bytes, [cut]));
      expect(dataset.customers.names).toEqual(['甲公司', '北京乙贸易有限公司', '深圳丙科技']);
      expect(amounts(dataset)).toEqual([1200, 850.5, 300, 99.9]);
    }
  });

  test.each([
    { encoding: 'utf-16le', bom: [0xff, 0xfe] },
    { encoding: 'utf-16be', bom: [0xfe, 0xff] },
    { encoding: 'utf-8', bom: [0xef, 0xbb, 0xbf] },
  ] as const)('$encoding with a BOM, read 3 bytes at a time', async ({ encoding, bom }) => {
    const text = '客户编号,客户名称,下单日期,订单金额\r\nK1,甲公司,2024-03-05,12.5\r\nK2,乙公司,2024-03-06,7\r\n';
    const body = encoding === 'utf-8' ? new TextEncoder().encode(text) : utf16(text, encoding === 'utf-16le');
    const { report, dataset } = await importOne(memorySource('u.csv', new Uint8Array([...bom, ...body]), 3));
    expect(report.encoding).toBe(encoding);
    expect(dataset.customers.ids).toEqual(['K1', 'K2']);
    expect(dataset.customers.names).toEqual(['甲公司', '乙公司']);
    expect(amounts(dataset)).toEqual([12.5, 7]);
  });

  test('a guessed UTF-8 file with GBK bytes after 300 KB is read again as GB18030, once', async () => {
    const header = 'Customer ID,Customer Name,Order Date,Amount\n';
    const ascii = Array.from({ length: 12_000 }, (_, i) => `C${i},Name ${i},2024-03-05,1\n`).join('');
    const encoder = new TextEncoder();
    // 甲公司 in GBK: BC D7 B9 AB CB BE (python3: '甲公司'.encode('gb18030')).
    const gbkRow = new Uint8Array([...encoder.encode('G1,'), 0xbc, 0xd7, 0xb9, 0xab, 0xcb, 0xbe, ...encoder.encode(',2024-03-06,99\n')]);
    const tail = encoder.encode('C0,Name 0,2024-03-07,2\n');
    const head = encoder.encode(header + ascii);
    expect(head.length).toBeGreaterThan(300 * 1024);
    const source = memorySource('late-gbk.csv', new Uint8Array([...head, ...gbkRow, ...tail]), 64 * 1024);

    const { report, dataset } = await importOne(source);
    expect(report.encoding).toBe('gb18030');
    expect(report.warnings).toEqual([]);
    // Inspection, the UTF-8 pass that met the GBK bytes, the GB18030 pass.
    expect(source.opens).toBe(3);
    expect(report.rows).toEqual({ total: 12_002, accepted: 12_002, excluded: 0, rejected: 0, skipped: 0 });
    expect(dataset.transactions.length).toBe(12_002);
    expect(dataset.customers.length).toBe(12_001);
    expect(dataset.customers.names[dataset.customers.ids.indexOf('G1')]).toBe('甲公司');
  });

  test('a forced encoding is used as given; undecodable bytes are counted in a warning', async () => {
    const bytes = fixture('gb18030-orders.csv');
    const source = memorySource('gb.csv', bytes);
    const inspection = await inspectFile(source, { encoding: 'utf-8' });
    const builder = new DatasetBuilder();
    const report = await importFile(source, importSettings(inspection), builder, { certainEncoding: true });
    // Counted independently: the replacement characters Node's own UTF-8 decoder makes of the bytes.
    const expected = [...new TextDecoder('utf-8').decode(bytes)].filter((c) => c === '\uFFFD').length;
    expect(expected).toBeGreaterThan(0);
    expect(report.encoding).toBe('utf-8');
    expect(report.warnings).toEqual([{ code: 'undecodableBytes', file: 'gb.csv', params: { count: expected, encoding: 'utf-8' } }]);
    // Inspection; the byte-level reading, which leaves invalid bytes to the plain one; the plain reading — never a GB18030 one.
    expect(source.opens).toBe(3);
  });

  // 200,000 rows of 16 bytes: 3.2 MB, several batches of either reader.
  const manyRows = 'Customer ID,Order Date,Amount\n' + 'C1,2024-03-05,1\n'.repeat(200_000);

  test.each([false, true])('reports progress after each batch, ending at the file size and the row total (plain reader: %s)', async (plainReader) => {
    const source = memorySource('p.csv', manyRows, 65536);
    const inspection = await inspectFile(source);
    const progress: ImportProgress[] = [];
    await importFile(source, importSettings(inspection), new DatasetBuilder(), { onProgress: (p) => progress.push(p), plainReader });
    expect(progress.length).toBeGreaterThanOrEqual(3);
    const bytes = progress.map((p) => p.bytesRead);
    expect(bytes).toEqual([...bytes].sort((a, b) => a - b));
    expect(progress.at(-1)).toEqual({ file: 'p.csv', bytesRead: source.size, bytesTotal: source.size, rows: 200_000 });
  });

  test('an aborted signal stops the import between batches and rolls the builder back', async () => {
    const source = memorySource('a.csv', manyRows, 65536);
    const settings = importSettings(await inspectFile(source));
    const controller = new AbortController();
    const builder = new DatasetBuilder();
    const run = importFile(source, settings, builder, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.rows > 100) controller.abort();
      },
    });
    await expect(run).rejects.toBeInstanceOf(ImportAborted);
    expect(builder.build().transactions.length).toBe(0);

    const aborted = new AbortController();
    aborted.abort();
    await expect(importFile(source, settings, new DatasetBuilder(), { signal: aborted.signal })).rejects.toBeInstanceOf(ImportAborted);
  });

  test('a header row further down: records above it are titles or blanks, never data', async () => {
    const text = 'Customer ID,Order Date,Amount\nC1,2024-03-05,1\n';
    const source = memorySource('h.csv', `My export\n\n${text}`);
    const { report } = await importOne(source);
    expect(report.rows).toEqual({ total: 1, accepted: 1, excluded: 0, rejected: 0, skipped: 2 });
    expect(report.skipped.map((s) => s.reason)).toEqual(['title', 'blank']);
  });
});

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(2 * i, text.charCodeAt(i), littleEndian);
  return bytes;
}
