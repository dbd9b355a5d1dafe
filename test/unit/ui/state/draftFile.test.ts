import { describe, expect, test } from 'vitest';
import { DraftFile } from '../../../../src/ui/state/draftFile.svelte.ts';
import type { Failure, ImportSettings } from '../../../../src/worker/index.ts';
import { fakeWorkers, pending } from './fakeWorkers.ts';

function setup() {
  const workers = fakeWorkers();
  const failures: Failure[] = [];
  const file = new DraftFile(pending(0, 'a.csv', {}), workers.clients.importer, (failure) => failures.push(failure));
  return { workers, failures, file };
}

const lastSettings = (workers: ReturnType<typeof fakeWorkers>) => workers.args('samples').at(-1)?.[1] as ImportSettings;

describe('DraftFile', () => {
  test('starts from the proposed settings; each mapping change asks for samples with the new settings', async () => {
    const { workers, file } = setup();
    expect(file.complete).toBe(false);
    expect(file.shape.missing).toEqual(['customer_id', 'date', 'amount']);

    void file.setColumn('customer_id', 0);
    void file.setColumn('date', 1);
    void file.setColumn('amount', 2);
    expect(file.complete).toBe(true);
    expect(lastSettings(workers).mapping).toEqual({ customer_id: 0, date: 1, amount: 2 });
    expect(lastSettings(workers).kind).toBe('transactions');

    // Customer and date left: still a transaction file, now missing its amount.
    void file.setColumn('amount', null);
    expect(file.complete).toBe(false);
    expect(file.shape.missing).toEqual(['amount']);
  });

  test('an answer overtaken by a newer request is dropped', async () => {
    const { workers, file } = setup();
    const first = file.setDateOrder('dmy');
    const second = file.setDateOrder('mdy');
    await workers.answer('samples', { ok: true, value: [{ field: 'date', column: 'B', values: [{ raw: '3/5/2024', parsed: '2024-05-03' }] }] });
    await workers.answer('samples', { ok: true, value: [{ field: 'date', column: 'B', values: [{ raw: '3/5/2024', parsed: '2024-03-05' }] }] });
    await Promise.all([first, second]);
    expect(file.samples[0].values[0].parsed).toBe('2024-03-05');
    expect(file.settings.dateOrder).toBe('mdy');
  });

  test('statuses: counting and not counting one', async () => {
    const { file } = setup();
    void file.setStatus('Shipped', true);
    expect(file.settings.revenueStatuses).toEqual(['Paid', 'Shipped']);
    void file.setStatus('PAID', false);
    expect(file.settings.revenueStatuses).toEqual(['Shipped']);
  });

  test('another encoding re-reads the head: the preview and the proposed settings start over', async () => {
    const { workers, file } = setup();
    void file.setColumn('customer_id', 2);
    const changed = file.setEncoding('gb18030');
    expect(file.busy).toBe(true);
    expect(workers.args('reinspect').at(-1)).toEqual([0, 'gb18030']);
    const reread = pending(0, 'a.csv', { customer_id: 0, date: 1, amount: 2 });
    await workers.answer('reinspect', { ok: true, value: { ...reread, proposed: { ...reread.proposed, encoding: 'gb18030' } } });
    expect(file.busy).toBe(false);
    expect(file.settings.encoding).toBe('gb18030');
    expect(file.settings.mapping).toEqual({ customer_id: 0, date: 1, amount: 2 });
    expect(lastSettings(workers).encoding).toBe('gb18030');
    void changed;
  });

  test('a failing worker call is reported, not thrown', async () => {
    const { workers, file, failures } = setup();
    const changed = file.setEncoding('utf-16le');
    await workers.answer('reinspect', { ok: false, code: 'internal', message: 'boom' });
    await changed;
    expect(failures).toEqual([{ ok: false, code: 'internal', message: 'boom' }]);
    expect(file.busy).toBe(false);
  });
});
