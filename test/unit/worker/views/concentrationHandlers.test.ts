import { describe, expect, test } from 'vitest';
import type { SettingsRepository } from '../../../../src/db/index.ts';
import { OverviewSnapshot } from '../../../../src/worker/overviewSnapshot.ts';
import type { Reply } from '../../../../src/worker/reply.ts';
import type { Store } from '../../../../src/worker/store.ts';
import { createConcentrationHandlers } from '../../../../src/worker/views/concentrationHandlers.ts';
import { buildDataset } from '../../core/helpers/buildDataset.ts';
import { openSession } from '../helpers/openSession.ts';

const openStore = { assertOpen() {} } as unknown as Store;

function valueOf<T>(reply: Reply<T>): T {
  if (!reply.ok) throw new Error(`reply failed: ${JSON.stringify(reply)}`);
  return reply.value;
}

describe('concentration handlers: dimensionValues', () => {
  test('counts the customers per value, most first, unknown as \'\'; the same answer on every call', async () => {
    // Regions: East (a, c), West (b), none (d).
    const dataset = buildDataset(
      [
        { customer: 'a', date: '2024-06-01', amount: 10 },
        { customer: 'b', date: '2024-06-01', amount: 10 },
        { customer: 'c', date: '2024-06-01', amount: 10 },
        { customer: 'd', date: '2024-06-01', amount: 10 },
      ],
      [{ id: 'a', region: 'East' }, { id: 'b', region: 'West' }, { id: 'c', region: 'East' }],
    );
    const session = openSession({ id: 'd', dataset, rows: { total: 4, accepted: 4, excluded: 0, rejected: 0, skipped: 0 }, reports: [] });
    const handlers = createConcentrationHandlers(session, openStore, new OverviewSnapshot({} as SettingsRepository, null));
    const first = valueOf(await handlers.dimensionValues());
    expect(first.region).toEqual([
      { value: 'East', customers: 2 },
      { value: '', customers: 1 },
      { value: 'West', customers: 1 },
    ]);
    expect(valueOf(await handlers.dimensionValues())).toEqual(first);
  });
});
