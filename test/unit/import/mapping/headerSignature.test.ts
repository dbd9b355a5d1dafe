import { describe, expect, test } from 'vitest';
import { headerSignature } from '../../../../src/import/mapping/index.ts';

describe('headerSignature(headers)', () => {
  test('is the sorted normalized headers joined with |', () => {
    expect(headerSignature(['Order Date', 'Customer ID', 'Amount'])).toBe('amount|customerid|orderdate');
  });

  test('ignores column order, case, spacing and a BOM', () => {
    expect(headerSignature(['\ufeffcustomer_id', 'AMOUNT', 'order-date'])).toBe(
      headerSignature(['Amount', 'Order Date', 'Customer ID']),
    );
  });

  test('differs when a header differs or is added', () => {
    const base = headerSignature(['Customer ID', 'Order Date', 'Amount']);
    expect(headerSignature(['Customer ID', 'Invoice Date', 'Amount'])).not.toBe(base);
    expect(headerSignature(['Customer ID', 'Order Date', 'Amount', 'Region'])).not.toBe(base);
  });

  test('keeps duplicate and empty headers', () => {
    expect(headerSignature(['', 'Amount', 'Amount'])).toBe('|amount|amount');
    expect(headerSignature([])).toBe('');
  });
});
