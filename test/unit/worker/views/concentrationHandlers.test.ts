import { describe, expect, test } from 'vitest';
import type { Dataset } from '../../../../src/core/index.ts';
import type { SettingsRepository } from '../../../../src/db/index.ts';
import { OverviewSnapshot } from '../../../../src/worker/overviewSnapshot.ts';
import { QueryTurns } from '../../../../src/worker/queryTurns.ts';
import { createConcentrationHandlers } from '../../../../src/worker/views/concentrationHandlers.ts';
import { buildDataset } from '../../core/helpers/buildDataset.ts';
import { openStore, sessionWith, valueOf } from '../helpers/viewHandlers.ts';

/** Customers a, b, c, d buying `amounts` on one day; regions East (a, c), West (b), none (d). */
const fourCustomers = (amounts: readonly number[]) =>
  buildDataset(
    ['a', 'b', 'c', 'd'].map((customer, i) => ({ customer, date: '2024-06-01', amount: amounts[i] })),
    [{ id: 'a', region: 'East' }, { id: 'b', region: 'West' }, { id: 'c', region: 'East' }],
  );

/** The concentration handlers on `dataset`, opened, with no stored Overview. */
const handlersOn = (dataset: Dataset, turns?: QueryTurns) =>
  createConcentrationHandlers(
    sessionWith(dataset, { total: 4, accepted: 4, excluded: 0, rejected: 0, skipped: 0 }),
    openStore,
    new OverviewSnapshot({} as SettingsRepository, null),
    turns,
  );

describe('concentration handlers: dimensionValues', () => {
  test('counts the customers per value, most first, unknown as \'\'; the same answer on every call', async () => {
    const handlers = handlersOn(fourCustomers([10, 10, 10, 10]));
    const first = valueOf(await handlers.dimensionValues());
    expect(first.region).toEqual([
      { value: 'East', customers: 2 },
      { value: '', customers: 1 },
      { value: 'West', customers: 1 },
    ]);
    expect(valueOf(await handlers.dimensionValues())).toEqual(first);
  });
});

describe('concentration handlers: breakdown', () => {
  // East: a 30 and c 10; West: b 10; no region: d 20. All in one day, period 'all'.
  const handlers = () => handlersOn(fourCustomers([30, 10, 10, 20]));
  const all = { options: { period: 'all' as const }, filters: {} };
  const shape = (rows: readonly { value: string | null; customers: number; revenue: number; hhi: number | null }[]) =>
    rows.map(({ value, customers, revenue, hhi }) => ({ value, customers, revenue, hhi }));

  test('gives the groups of the one dimension asked for, under the filters', async () => {
    // By hand: East's shares 30/40 and 10/40 → HHI 10 000 · (0.5625 + 0.0625) = 6250; a group of one is 10 000.
    const byRegion = valueOf(await handlers().breakdown(all, 'region'));
    expect(shape(byRegion).sort((x, y) => String(x.value).localeCompare(String(y.value)))).toEqual([
      { value: 'East', customers: 2, revenue: 40, hhi: 6250 },
      { value: 'West', customers: 1, revenue: 10, hhi: 10000 },
      { value: null, customers: 1, revenue: 20, hhi: 10000 },
    ].sort((x, y) => String(x.value).localeCompare(String(y.value))));
    // Nobody has an owner: one group of all four, shares 30, 10, 10, 20 of 70.
    const byOwner = valueOf(await handlers().breakdown(all, 'owner'));
    expect(shape(byOwner)).toEqual([{ value: null, customers: 4, revenue: 70, hhi: expect.closeTo((10000 * (900 + 100 + 100 + 400)) / 4900, 9) }]);
    const east = valueOf(await handlers().breakdown({ ...all, filters: { region: ['East'] } }, 'region'));
    expect(shape(east)).toEqual([{ value: 'East', customers: 2, revenue: 40, hhi: 6250 }]);
  });

  test('refuses a dimension it does not break down by', async () => {
    const reply = await handlers().breakdown(all, 'channel' as 'region');
    expect(reply.ok).toBe(false);
  });
});

describe('concentration handlers: trend', () => {
  test('is the monthly trend of the customers the filters keep, apart from the view result', async () => {
    // a 10, b 20, c 30, d 40 on 2024-06-01 (T); East keeps a and c: 40 in all, shares ¼ and ¾.
    const handlers = handlersOn(fourCustomers([10, 20, 30, 40]));
    const request = { options: { period: 'ttm' as const }, filters: { region: ['East'] } };
    expect(valueOf(await handlers.trend(request))).toEqual([
      { month: '2024-06', asOf: '2024-06-01', revenue: 40, customersWithRevenue: 2, hhi: 10000 * (0.25 ** 2 + 0.75 ** 2), top10Share: 1 },
    ]);
    expect(valueOf(await handlers.concentration(request))).not.toHaveProperty('trend');
  });

  describe('in turns', () => {
    // 40,000 customers buying 1 each on T: one month, HHI 10 000 · 40 000 · (1/40 000)² = 0.25, top 10 share 10/40 000.
    const many = buildDataset(Array.from({ length: 40000 }, (_, i) => ({ customer: `c${i}`, date: '2024-06-01', amount: 1 })));
    const request = { options: { period: 'ttm' as const }, filters: {} };

    test('lets messages in between steps and gives the same points', async () => {
      let pauses = 0;
      const turns = new QueryTurns(async () => void pauses++);
      turns.received(request);
      const [point, ...rest] = valueOf(await handlersOn(many, turns).trend(request));
      expect(rest).toEqual([]);
      expect(point).toMatchObject({ month: '2024-06', revenue: 40000, customersWithRevenue: 40000 });
      expect(point.hhi).toBeCloseTo(0.25, 12);
      expect(point.top10Share).toBeCloseTo(0.00025, 15);
      expect(pauses).toBeGreaterThan(0);
    });

    test('stops at its first pause once a query for other filters has come in, and answers cancelled', async () => {
      let pauses = 0;
      const turns: QueryTurns = new QueryTurns(async () => {
        pauses++;
        // The page moves on while the trend computes: the view asks again under a region.
        turns.received({ options: request.options, filters: { region: ['East'] } });
      });
      turns.received(request);
      expect(await handlersOn(many, turns).trend(request)).toEqual({ ok: false, code: 'cancelled' });
      expect(pauses).toBe(1);
    });

    test('goes on when the query that came in is for the same filters (another section\'s)', async () => {
      const turns: QueryTurns = new QueryTurns(async () => turns.received({ ...request }));
      turns.received(request);
      expect(valueOf(await handlersOn(many, turns).trend(request))[0].customersWithRevenue).toBe(40000);
    });
  });
});
