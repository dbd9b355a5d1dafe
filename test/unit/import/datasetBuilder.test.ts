import { describe, expect, test } from 'vitest';
import { unpackTexts } from '../../../src/db/index.ts';
import { NO_CODE } from '../../../src/core/model/index.ts';
import type { Dataset, Dimension } from '../../../src/core/model/index.ts';
import { DatasetBuilder } from '../../../src/import/datasetBuilder.ts';

/** Dimension texts in DIMENSIONS order: region, industry, segment, channel, owner. */
const dims = (region = '', industry = '', segment = '', channel = '', owner = ''): string[] => [region, industry, segment, channel, owner];

/** A customer's value of a dimension ('' when none). */
function dimOf(dataset: Dataset, customerId: string, dimension: Dimension): string {
  const { codes, values } = dataset.customers.dims[dimension];
  const code = codes[dataset.customers.ids.indexOf(customerId)];
  return code === NO_CODE ? '' : values[code];
}

describe('DatasetBuilder', () => {
  test('columns hold one entry per row; customers and orders are coded in order of first appearance', () => {
    const builder = new DatasetBuilder();
    builder.addTransaction('C1', 100, 10.5, 'O1', 'Acme', dims('East'));
    builder.addTransaction('C2', 101, -3, '', 'Beta', dims());
    builder.addTransaction('C1', 102, 7, 'O1', '', dims());
    const { transactions, customers, orderIds } = builder.build();
    expect(transactions.length).toBe(3);
    expect([...transactions.customer]).toEqual([0, 1, 0]);
    expect([...transactions.day]).toEqual([100, 101, 102]);
    expect([...transactions.amount]).toEqual([10.5, -3, 7]);
    expect([...transactions.order]).toEqual([0, NO_CODE, 0]);
    expect(unpackTexts(orderIds)).toEqual(['O1']);
    expect(customers.ids).toEqual(['C1', 'C2']);
    expect(customers.length).toBe(2);
  });

  test('order ids are global: the same number from two customers is one order', () => {
    const builder = new DatasetBuilder();
    builder.addTransaction('C1', 1, 1, '1001', '', dims());
    builder.addTransaction('C2', 1, 1, '1001', '', dims());
    const { transactions, orderIds } = builder.build();
    expect([...transactions.order]).toEqual([0, 0]);
    expect(unpackTexts(orderIds)).toEqual(['1001']);
  });

  test("a customer's name and dimensions come from its latest-dated row that has them; ties go to the later row", () => {
    const builder = new DatasetBuilder();
    builder.addTransaction('C1', 200, 1, '', 'Acme new', dims('South', 'Retail'));
    builder.addTransaction('C1', 100, 1, '', 'Acme old', dims('North', 'Mining', 'SMB'));
    builder.addTransaction('C1', 200, 1, '', '', dims('Central'));
    builder.addTransaction('C1', 300, 1, '', '', dims());
    const dataset = builder.build();
    // Day 300 has no values; day 200 has two rows, the later says Central; industry only on the first day-200 row;
    // segment only on the day-100 row.
    expect(dataset.customers.names).toEqual(['Acme new']);
    expect(dimOf(dataset, 'C1', 'region')).toBe('Central');
    expect(dimOf(dataset, 'C1', 'industry')).toBe('Retail');
    expect(dimOf(dataset, 'C1', 'segment')).toBe('SMB');
    expect(dimOf(dataset, 'C1', 'owner')).toBe('');
  });

  test('master-file values win, whether added before or after the rows; empty master cells leave the row values', () => {
    for (const masterFirst of [true, false]) {
      const builder = new DatasetBuilder();
      const master = () => builder.addCustomer('C1', 'Acme (master)', dims('East', '', '', '', 'Alice'));
      if (masterFirst) master();
      builder.addTransaction('C1', 100, 1, '', 'Acme row', dims('North', 'Retail', '', '', 'Zed'));
      if (!masterFirst) master();
      const dataset = builder.build();
      expect(dataset.customers.names).toEqual(['Acme (master)']);
      expect(dimOf(dataset, 'C1', 'region')).toBe('East');
      expect(dimOf(dataset, 'C1', 'industry')).toBe('Retail');
      expect(dimOf(dataset, 'C1', 'owner')).toBe('Alice');
    }
  });

  test('customers only in a master file are in the customer table, with no rows', () => {
    const builder = new DatasetBuilder();
    builder.addCustomer('C9', 'Only master', dims('West'));
    const dataset = builder.build();
    expect(dataset.customers.ids).toEqual(['C9']);
    expect(dataset.customers.names).toEqual(['Only master']);
    expect(dataset.transactions.length).toBe(0);
    expect(dimOf(dataset, 'C9', 'region')).toBe('West');
  });

  test('dimension values list only the values customers end up with', () => {
    const builder = new DatasetBuilder();
    builder.addTransaction('C1', 1, 1, '', '', dims('Old region'));
    builder.addTransaction('C1', 2, 1, '', '', dims('New region'));
    builder.addTransaction('C2', 1, 1, '', '', dims());
    const { region } = builder.build().customers.dims;
    expect(region.values).toEqual(['New region']);
    expect([...region.codes]).toEqual([0, NO_CODE]);
  });

  test('rollback forgets rows, customers, orders, texts and master values added since the checkpoint', () => {
    const builder = new DatasetBuilder();
    builder.addTransaction('C1', 1, 5, 'O1', 'Acme', dims('East'));
    const checkpoint = builder.checkpoint();
    builder.addTransaction('C2', 2, 6, 'O2', 'Beta', dims('West'));
    builder.addTransaction('C1', 3, 7, 'O3', 'Acme later', dims('North'));
    builder.addCustomer('C1', 'Acme master', dims('South'));
    builder.addSurvey('C3', 3, 9);
    builder.rollback(checkpoint);

    const dataset = builder.build();
    expect(dataset.transactions.length).toBe(1);
    expect(dataset.customers.ids).toEqual(['C1']);
    expect(dataset.customers.names).toEqual(['Acme']);
    expect(unpackTexts(dataset.orderIds)).toEqual(['O1']);
    expect(dimOf(dataset, 'C1', 'region')).toBe('East');
    expect(dataset.surveys).toBeUndefined();

    // Codes handed out after the rollback do not collide with forgotten ones.
    builder.addTransaction('C4', 4, 8, 'O4', '', dims('Central'));
    const again = builder.build();
    expect(again.customers.ids).toEqual(['C1', 'C4']);
    expect(unpackTexts(again.orderIds)).toEqual(['O1', 'O4']);
    expect([...again.transactions.order]).toEqual([0, 1]);
    expect(dimOf(again, 'C4', 'region')).toBe('Central');
  });

  test("after a rollback a customer's attributes come only from rows taken since, even rows dated earlier than forgotten ones", () => {
    const builder = new DatasetBuilder();
    const checkpoint = builder.checkpoint();
    builder.addTransaction('C1', 100, 5, '', 'Forgotten', dims('East'));
    builder.rollback(checkpoint);
    builder.addTransaction('C1', 50, 5, '', 'Kept', dims('', 'Retail'));
    const dataset = builder.build();
    expect(dataset.customers.names).toEqual(['Kept']);
    expect(dimOf(dataset, 'C1', 'region')).toBe('');
    expect(dimOf(dataset, 'C1', 'industry')).toBe('Retail');
  });

  test('survey answers are columns of their own, their customers in the customer table', () => {
    const builder = new DatasetBuilder();
    builder.addTransaction('C1', 1, 5, '', '', dims());
    builder.addSurvey('C2', 10, 9);
    builder.addSurvey('C1', 11, 6);
    const { surveys, customers } = builder.build();
    expect(customers.ids).toEqual(['C1', 'C2']);
    expect(surveys?.length).toBe(2);
    expect([...(surveys?.customer ?? [])]).toEqual([1, 0]);
    expect([...(surveys?.day ?? [])]).toEqual([10, 11]);
    expect([...(surveys?.score ?? [])]).toEqual([9, 6]);
  });

  test('ids and texts such as __proto__ and constructor are ordinary values', () => {
    const builder = new DatasetBuilder();
    builder.addTransaction('__proto__', 1, 1, 'constructor', 'toString', dims('__proto__'));
    builder.addTransaction('constructor', 1, 2, '__proto__', '', dims('hasOwnProperty'));
    const dataset = builder.build();
    expect(dataset.customers.ids).toEqual(['__proto__', 'constructor']);
    expect(dataset.customers.names).toEqual(['toString', '']);
    expect(unpackTexts(dataset.orderIds)).toEqual(['constructor', '__proto__']);
    expect(dimOf(dataset, '__proto__', 'region')).toBe('__proto__');
    expect(dimOf(dataset, 'constructor', 'region')).toBe('hasOwnProperty');
  });

  test('a built data set stays as it is while the builder goes on', () => {
    const builder = new DatasetBuilder();
    builder.addTransaction('C1', 1, 1, '', '', dims());
    const first = builder.build();
    builder.addTransaction('C2', 2, 2, '', '', dims());
    expect(first.transactions.length).toBe(1);
    expect(first.transactions.day.length).toBe(1);
    expect(first.customers.ids).toEqual(['C1']);
  });

  test('the customers\' ids and names are also given packed: the same texts, names by code', () => {
    const builder = new DatasetBuilder();
    // Texts of one, two, three and four UTF-8 bytes a character (the emoji is two UTF-16 units).
    builder.addTransaction('C1', 1, 1, '', '华东商贸', dims());
    builder.addTransaction('客户-2', 2, 2, '', '', dims());
    builder.addTransaction('C🙂3', 3, 3, '', 'Ünïcode', dims());
    builder.addTransaction('__proto__', 4, 4, '', '华东商贸', dims());
    const dataset = builder.build();
    const packed = dataset.packedCustomers;
    expect(packed).toBeDefined();
    if (packed === undefined) return;
    expect(unpackTexts(packed.ids)).toEqual(['C1', '客户-2', 'C🙂3', '__proto__']);
    const nameTexts = unpackTexts(packed.names);
    expect(Array.from(packed.nameCodes, (code) => (code === NO_CODE ? '' : nameTexts[code]))).toEqual(['华东商贸', '', 'Ünïcode', '华东商贸']);
    expect(dataset.customers.names).toEqual(['华东商贸', '', 'Ünïcode', '华东商贸']);
  });

  test('an empty builder builds an empty data set', () => {
    const dataset = new DatasetBuilder().build();
    expect(dataset.transactions.length).toBe(0);
    expect(dataset.customers.length).toBe(0);
    expect(dataset.customers.dims.owner.values).toEqual([]);
  });
});
