import { describe, expect, test } from 'vitest';
import { unpackTexts } from '../../../src/db/index.ts';
import { NO_CODE } from '../../../src/core/model/index.ts';
import type { Dimension } from '../../../src/core/model/index.ts';
import { ImportAborted, ImportRefused, importFiles } from '../../../src/import/index.ts';
import type { ImportedDataset } from '../../../src/import/index.ts';
import { day, fixture, memorySource } from './memorySource.ts';

function dimOf(dataset: ImportedDataset, customerId: string, dimension: Dimension): string {
  const { codes, values } = dataset.customers.dims[dimension];
  const code = codes[dataset.customers.ids.indexOf(customerId)];
  return code === NO_CODE ? '' : values[code];
}

const master = () => memorySource('customers-master.csv', fixture('customers-master.csv'));
const orders = () => memorySource('orders-with-dims.csv', fixture('orders-with-dims.csv'));

describe('importFiles(sources)', () => {
  test('a customer master file adds customers and its attributes win, in either file order', async () => {
    for (const sources of [[master(), orders()], [orders(), master()]]) {
      const { dataset, reports, inspections } = await importFiles(sources);
      expect(inspections.map((i) => i.kind)).toEqual(sources[0].name === 'customers-master.csv' ? ['customers', 'transactions'] : ['transactions', 'customers']);
      expect(reports.map((r) => r.file)).toEqual(sources.map((s) => s.name));
      const masterReport = reports.find((r) => r.kind === 'customers');
      expect(masterReport?.rows).toEqual({ total: 3, accepted: 2, excluded: 0, rejected: 1, skipped: 0 });
      expect(masterReport?.rejections).toEqual([{ code: 'missingCustomer', file: 'customers-master.csv', row: 4, column: 'Customer ID', value: '' }]);

      // Master files are imported first: their customers come first.
      expect(dataset.customers.ids).toEqual(['C1', 'C9', 'C2']);
      // C1: master name, region and owner; master industry is empty, so the latest row's (A2, 2024-02-05: Retail).
      expect(dataset.customers.names).toEqual(['Acme (master)', 'Only In Master', 'Beta Late']);
      expect(dimOf(dataset, 'C1', 'region')).toBe('East');
      expect(dimOf(dataset, 'C1', 'industry')).toBe('Retail');
      expect(dimOf(dataset, 'C1', 'owner')).toBe('Alice');
      expect(dimOf(dataset, 'C9', 'industry')).toBe('Retail');
      // C2: no master row. Latest row A4 (2024-03-01) has no region or owner: those come from A3.
      expect(dimOf(dataset, 'C2', 'region')).toBe('North');
      expect(dimOf(dataset, 'C2', 'industry')).toBe('Energy');
      expect(dimOf(dataset, 'C2', 'owner')).toBe('Zed');
      expect([...dataset.transactions.amount]).toEqual([100, 100, 50, 60]);
      expect(unpackTexts(dataset.orderIds)).toEqual(['A1', 'A2', 'A3', 'A4']);
    }
  });

  test('a file without an amount column refuses the whole import, naming the headers found', async () => {
    const bad = memorySource('no-amount.csv', 'Customer ID,Order Date,Note\nC1,2024-03-05,x\n');
    const error = await importFiles([orders(), bad]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRefused);
    const { issue } = error as ImportRefused;
    expect(issue).toMatchObject({ code: 'missingRequiredColumns', file: 'no-amount.csv' });
    expect(String(issue.params?.headers)).toContain('Customer ID');
  });

  test('an empty file refuses the import', async () => {
    const error = await importFiles([memorySource('empty.csv', '')]).catch((e: unknown) => e);
    expect((error as ImportRefused).issue).toEqual({ code: 'emptyFile', file: 'empty.csv' });
  });

  test('an override naming a header that is not in the file refuses the import', async () => {
    const error = await importFiles([orders()], { overrides: new Map([['amount', 'Betrag']]) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRefused);
    expect((error as ImportRefused).issue.code).toBe('mapHeaderNotFound');
  });

  test('an override applies to the files that have its header, so orders and a master file share one --map', async () => {
    // Only the master file has "Account Manager"; the orders file keeps its automatic mapping.
    const masterWithManager = memorySource('master.csv', 'Customer ID,Account Manager\nC1,Carol\n');
    const { dataset, inspections } = await importFiles([orders(), masterWithManager], {
      overrides: new Map([['owner', 'Account Manager']]),
    });
    expect(inspections.map((i) => i.mapping.owner)).toEqual([7, 1]);
    // C1: the master value wins over the orders' latest owner (Yan); C2 keeps Zed from its rows.
    expect(dimOf(dataset, 'C1', 'owner')).toBe('Carol');
    expect(dimOf(dataset, 'C2', 'owner')).toBe('Zed');
  });

  test('an override whose header no file has names the first file and its columns', async () => {
    const error = await importFiles([orders(), master()], { overrides: new Map([['owner', 'Rep']]) }).catch((e: unknown) => e);
    expect((error as ImportRefused).issue).toMatchObject({ code: 'mapHeaderNotFound', file: 'orders-with-dims.csv', column: 'Rep' });
  });

  test('headers and cells named __proto__, constructor, toString are ordinary', async () => {
    const { dataset, reports, inspections } = await importFiles([memorySource('proto.csv', fixture('prototype-names.csv'))]);
    expect(inspections[0].headers.slice(5)).toEqual(['__proto__', 'constructor', 'toString']);
    // Row 2's status __proto__ does not count as revenue: excluded under that key.
    expect(reports[0].rows).toEqual({ total: 4, accepted: 3, excluded: 1, rejected: 0, skipped: 0 });
    expect(Object.keys(reports[0].excludedByStatus)).toEqual(['__proto__']);
    expect(reports[0].excludedByStatus['__proto__']).toBe(1);
    expect(dataset.customers.ids).toEqual(['constructor', 'toString', '__proto__']);
    expect(dimOf(dataset, 'constructor', 'region')).toBe('toString');
    expect(dimOf(dataset, 'toString', 'region')).toBe('__proto__');
    expect(dimOf(dataset, '__proto__', 'region')).toBe('hasOwnProperty');
    expect({}.constructor).toBe(Object);
  });

  test('an override can map a field to a column named __proto__', async () => {
    const { dataset, inspections } = await importFiles([memorySource('proto.csv', fixture('prototype-names.csv'))], {
      overrides: new Map([['region', '__proto__']]),
    });
    expect(inspections[0].mapping.region).toBe(5);
    // Customers constructor, toString, __proto__ (rows 3, 4, 5); their __proto__ cells are d, g, j.
    expect(dataset.customers.dims.region.values).toEqual(['d', 'g', 'j']);
  });

  test('a survey file fills the survey columns; bad scores are rejected', async () => {
    const { dataset, reports } = await importFiles([memorySource('survey.csv', fixture('survey-nps.csv'))]);
    expect(reports[0].kind).toBe('survey');
    expect(reports[0].rows).toEqual({ total: 5, accepted: 3, excluded: 0, rejected: 2, skipped: 0 });
    expect(reports[0].rejections.map(({ code, row, value }) => [code, row, value])).toEqual([
      ['missingScore', 4, ''],
      ['badScore', 5, '11'],
    ]);
    expect(dataset.surveys?.length).toBe(3);
    expect([...(dataset.surveys?.score ?? [])]).toEqual([9, 6, 10]);
    expect([...(dataset.surveys?.day ?? [])]).toEqual([day('2024-03-10'), day('2024-03-11'), day('2024-03-14')]);
    expect(dataset.transactions.length).toBe(0);
  });

  test('a day-first date far below the inspected sample still decides the column', async () => {
    // 1,500 rows of ambiguous dates, then 25/12/2024: the inspection (first 1,000 records) cannot see it,
    // so month-first comes from the setting, and the import reads the file again day-first.
    const rows = Array.from({ length: 1500 }, (_, i) => `C${i % 7},03/04/2024,${i}\n`).join('');
    const source = memorySource('late.csv', `Customer ID,Order Date,Amount\n${rows}C1,25/12/2024,5\n`, 4096);
    const { dataset, inspections, reports } = await importFiles([source]);
    expect(inspections[0].dateOrder).toBe(null);
    expect(reports[0]).toMatchObject({ dateOrder: 'dmy', dateOrderSource: 'data' });
    expect(reports[0].rows.accepted).toBe(1501);
    expect(dataset.transactions.day[0]).toBe(day('2024-04-03'));
    expect(dataset.transactions.day[1500]).toBe(day('2024-12-25'));
  });

  test('no sources: an empty data set', async () => {
    const { dataset, reports } = await importFiles([]);
    expect(dataset.transactions.length).toBe(0);
    expect(reports).toEqual([]);
  });

  test('an aborted signal stops before anything is read', async () => {
    const controller = new AbortController();
    controller.abort();
    const source = orders();
    await expect(importFiles([source], { signal: controller.signal })).rejects.toBeInstanceOf(ImportAborted);
    expect(source.opens).toBe(0);
  });
});
