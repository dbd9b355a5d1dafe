import { describe, expect, test } from 'vitest';
import { ImportDraft } from '../../../../src/ui/state/importDraft.svelte.ts';
import { fakeWorkers, pending } from './fakeWorkers.ts';

describe('ImportDraft', () => {
  test('a new data set named after the first file, the first currency found, ready when every file is mapped', () => {
    const workers = fakeWorkers();
    const draft = new ImportDraft([pending(0, 'orders.csv'), pending(1, 'refunds.csv', { customer_id: 0 })], workers.clients.importer, () => {});
    expect(draft.name).toBe('orders');
    expect(draft.currency).toBe('CNY');
    // The second file is a customer master file (customer_id only): complete too.
    expect(draft.ready).toBe(true);
    expect(draft.target()).toEqual({ mode: 'new', name: 'orders' });
    expect(draft.settings().map((s) => s.kind)).toEqual(['transactions', 'transactions']);

    draft.name = '   ';
    expect(draft.ready).toBe(false);
  });

  test('appending needs a data set chosen', () => {
    const workers = fakeWorkers();
    const draft = new ImportDraft([pending(0)], workers.clients.importer, () => {});
    draft.mode = 'append';
    expect(draft.ready).toBe(false);
    draft.appendTo = 'd1';
    expect(draft.ready).toBe(true);
    expect(draft.target()).toEqual({ mode: 'append', datasetId: 'd1' });
  });

  test('a file lacking a required column holds the whole import', () => {
    const workers = fakeWorkers();
    const draft = new ImportDraft([pending(0), pending(1, 'x.csv', { customer_id: 0, amount: 2 })], workers.clients.importer, () => {});
    expect(draft.ready).toBe(false);
    void draft.files[1].setColumn('date', 1);
    expect(draft.ready).toBe(true);
  });
});
