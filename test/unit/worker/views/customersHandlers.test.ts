import { beforeAll, describe, expect, test } from 'vitest';
import { TIERS, analyze } from '../../../../src/core/index.ts';
import type { Dataset, ViewRequest } from '../../../../src/core/index.ts';
import { createCustomersHandlers } from '../../../../src/worker/views/customersHandlers.ts';
import type { CustomerRow, CustomersApi, CustomersFilter, CustomersQuery } from '../../../../src/worker/views/customersHandlers.ts';
import { buildDataset } from '../../core/helpers/buildDataset.ts';
import { generateDataset } from '../../core/helpers/generateDataset.ts';
import { openStore, sessionWith, valueOf } from '../helpers/viewHandlers.ts';

function handlersFor(dataset: Dataset): CustomersApi {
  return createCustomersHandlers(sessionWith(dataset), openStore);
}

const ttm: ViewRequest = { options: { period: 'ttm' }, filters: {} };
const everyone: CustomersFilter = { search: '', sort: { key: 'revenue', dir: 'desc' } };
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe('customers handlers on a generated data set of 200,000 customers', () => {
  let dataset: Dataset;
  let api: CustomersApi;
  /** The naive side: plain objects of every counted customer, from analyze() directly. */
  let people: { id: string; name: string; revenue: number; tier: string; region: string | null }[];

  beforeAll(() => {
    const { rows, customers } = generateDataset(7, 200_000);
    dataset = buildDataset(rows, customers);
    api = handlersFor(dataset);
    const analysis = analyze(dataset, ttm.options);
    const { ids, names, dims } = dataset.customers;
    people = [];
    for (let c = 0; c < ids.length; c++) {
      if (analysis.aggregates.counted[c] === 0) continue;
      const region = dims.region.codes[c];
      people.push({
        id: ids[c],
        name: names[c],
        revenue: analysis.aggregates.revenue[c],
        tier: TIERS[analysis.tiers.codes[c]],
        region: region === -1 ? null : dims.region.values[region],
      });
    }
  }, 120_000);

  async function everyRow(filter: CustomersFilter, pageSize = 25_000): Promise<CustomerRow[]> {
    const rows: CustomerRow[] = [];
    for (let offset = 0; ; offset += pageSize) {
      const page = valueOf(await api.customersPage(ttm, { ...filter, offset, limit: pageSize }));
      rows.push(...page.rows);
      if (offset + pageSize >= page.total) {
        expect(rows).toHaveLength(page.total);
        return rows;
      }
    }
  }

  test('lists every counted customer (customersTotal)', async () => {
    const page = valueOf(await api.customersPage(ttm, { ...everyone, offset: 0, limit: 10 }));
    expect(page.total).toBe(people.length);
    expect(page.total).toBeGreaterThan(190_000);
    expect(page.rows).toHaveLength(10);
  });

  test('a sort by revenue, then id, equals a naive sort, in both directions and across pages', async () => {
    const desc = [...people].sort((a, b) => b.revenue - a.revenue || byCodeUnits(a.id, b.id)).map((p) => p.id);
    const asc = [...people].sort((a, b) => a.revenue - b.revenue || byCodeUnits(a.id, b.id)).map((p) => p.id);
    expect((await everyRow(everyone)).map((row) => row.id)).toEqual(desc);
    expect((await everyRow({ ...everyone, sort: { key: 'revenue', dir: 'asc' } }, 30_000)).map((row) => row.id)).toEqual(asc);
  });

  test('a sort by region puts the customers without one last, in id order, in both directions', async () => {
    const missing = people.filter((p) => p.region === null).map((p) => p.id).sort(byCodeUnits);
    expect(missing.length).toBeGreaterThan(1000);
    for (const dir of ['asc', 'desc'] as const) {
      const sign = dir === 'asc' ? 1 : -1;
      const valued = people
        .filter((p) => p.region !== null)
        .sort((a, b) => sign * byCodeUnits(a.region as string, b.region as string) || byCodeUnits(a.id, b.id))
        .map((p) => p.id);
      expect((await everyRow({ ...everyone, sort: { key: 'region', dir } })).map((row) => row.id)).toEqual([...valued, ...missing]);
    }
  });

  test('a sort by id is code-unit order', async () => {
    const ids = people.map((p) => p.id).sort(byCodeUnits);
    expect((await everyRow({ ...everyone, sort: { key: 'id', dir: 'asc' } })).map((row) => row.id)).toEqual(ids);
  });

  test('a page is the slice of the whole list, and a page past the end is empty', async () => {
    const all = await everyRow(everyone);
    const page = valueOf(await api.customersPage(ttm, { ...everyone, offset: 12_345, limit: 50 }));
    expect(page.rows).toEqual(all.slice(12_345, 12_395));
    const past = valueOf(await api.customersPage(ttm, { ...everyone, offset: all.length + 10, limit: 50 }));
    expect(past).toEqual({ total: all.length, rows: [] });
  });

  test('the search finds ids and names in any case', async () => {
    const byName = await everyRow({ ...everyone, search: '  CUSTOMER 1234' });
    const naive = people.filter((p) => p.name.toLowerCase().includes('customer 1234') || p.id.toLowerCase().includes('customer 1234'));
    expect(byName.map((row) => row.id).sort(byCodeUnits)).toEqual(naive.map((p) => p.id).sort(byCodeUnits));
    // "Customer 1234" and "Customer 12340" … "Customer 12349", "Customer 123400" … as far as they exist and are counted.
    expect(byName.length).toBeGreaterThan(5);
    const one = people[1000];
    const byId = await everyRow({ ...everyone, search: one.id.toUpperCase() });
    expect(byId.map((row) => row.id)).toContain(one.id);
  });

  test('filters by tier and region combine, as a naive filter says', async () => {
    const rows = await everyRow({ ...everyone, tier: 'A', region: 'East' });
    const naive = people.filter((p) => p.tier === 'A' && p.region === 'East');
    expect(naive.length).toBeGreaterThan(0);
    expect(rows.map((row) => row.id).sort(byCodeUnits)).toEqual(naive.map((p) => p.id).sort(byCodeUnits));
    // '' keeps the customers without a region.
    const unknown = await everyRow({ ...everyone, region: '' });
    expect(unknown.length).toBe(people.filter((p) => p.region === null).length);
    // A value nobody has keeps nobody.
    expect(valueOf(await api.customersPage(ttm, { ...everyone, region: 'Atlantis', offset: 0, limit: 10 })).total).toBe(0);
  });
});

describe('customers handlers on a tiny data set worked out by hand', () => {
  // T = 2024-06-30 (latest row). TTM = [2023-07-02, 2024-06-30].
  const dataset = buildDataset(
    [
      { customer: 'P', date: '2024-06-30', amount: 600 },
      { customer: 'P', date: '2023-01-10', amount: 50 },
      { customer: 'Q', date: '2024-05-15', amount: 300 },
      { customer: 'Q', date: '2024-05-20', amount: 100 },
      { customer: 'Q', date: '2024-01-05', amount: -40 },
      { customer: 'r', date: '2023-12-01', amount: 40 },
      { customer: 'S', date: '2024-02-01', amount: -10 },
    ],
    [
      { id: 'P', name: 'Pine Ltd', region: 'East', owner: 'Li' },
      { id: 'Q', name: 'quarry co', region: 'West', owner: 'Li' },
      { id: 'r', name: 'River', region: 'East', owner: 'Wang' },
      { id: 'S', name: '', region: null, owner: 'Wang' },
    ],
  );
  const api = handlersFor(dataset);
  const query = (filter: Partial<CustomersQuery>): CustomersQuery => ({ ...everyone, offset: 0, limit: 100, ...filter });

  test('rows carry revenue, share of positive revenue, tier, stage and dimensions', async () => {
    // Revenues: P 600, Q 300 + 100 − 40 = 360, r 40, S −10. Σ positive = 1000.
    // Shares .6, .36, .04. C_before: P 0 → A, Q .6 → A, r .96 → C; S inactive.
    // Stages (T−90 = 2024-04-01, T−180 = 2024-01-02): P last 06-30, previous purchase 2023-01-10 ≤ T−455
    // (2023-04-02) → reactivated; Q first 2024-05-15 → new; r last 2023-12-01 in (T−365, T−180] → dormant;
    // S never bought → no stage.
    const page = valueOf(await api.customersPage(ttm, query({})));
    expect(page.total).toBe(4);
    expect(page.rows.map((row) => [row.id, row.revenue, row.share, row.tier, row.stage])).toEqual([
      ['P', 600, 0.6, 'A', 'reactivated'],
      ['Q', 360, 0.36, 'A', 'new'],
      ['r', 40, 0.04, 'C', 'dormant'],
      ['S', -10, null, 'inactive', null],
    ]);
    expect(page.rows[0]).toMatchObject({ name: 'Pine Ltd', lastPurchase: '2024-06-30', orders: 1, owner: 'Li', region: 'East', segment: null });
    expect(page.rows[3]).toMatchObject({ lastPurchase: null, orders: 0, region: null });
  });

  test('missing values sort last in both directions; names compare by code units', async () => {
    const ids = async (key: CustomersFilter['sort']['key'], dir: 'asc' | 'desc') =>
      valueOf(await api.customersPage(ttm, query({ sort: { key, dir } }))).rows.map((row) => row.id);
    // Stage codes: new 0 (Q), reactivated 1 (P), dormant 4 (r); S has none.
    expect(await ids('stage', 'asc')).toEqual(['Q', 'P', 'r', 'S']);
    expect(await ids('stage', 'desc')).toEqual(['r', 'P', 'Q', 'S']);
    // 'Pine Ltd' < 'River' < 'quarry co' (upper case first); S has no name.
    expect(await ids('name', 'asc')).toEqual(['P', 'r', 'Q', 'S']);
    // Regions East (P, r), West (Q), none (S); ties by id: 'P' < 'r'.
    expect(await ids('region', 'desc')).toEqual(['Q', 'P', 'r', 'S']);
  });

  test('the global filters of the request narrow the list and its shares', async () => {
    // East only: P 600 and r 40 → shares 600/640 and 40/640.
    const east = valueOf(await api.customersPage({ ...ttm, filters: { region: ['East'] } }, query({})));
    expect(east.rows.map((row) => [row.id, row.share])).toEqual([
      ['P', 600 / 640],
      ['r', 40 / 640],
    ]);
  });

  test('the CSV holds the filtered list with the labels given', async () => {
    const columns = { id: 'ID', name: 'Name', revenue: 'Revenue', share: 'Share', tier: 'Tier', stage: 'Stage', rfmSegment: 'RFM', lastPurchase: 'Last', orders: 'Orders', owner: 'Owner', region: 'Region', segment: 'Segment' };
    const tiers = { A: 'VIP', B: 'Key', C: 'Std', inactive: 'Off' };
    const stages = { new: 'New', reactivated: 'Back', active: 'Active', atRisk: 'Risk', dormant: 'Sleep', lost: 'Lost' };
    const segments = Object.fromEntries(['champions', 'loyal', 'potentialLoyalist', 'new', 'promising', 'needAttention', 'aboutToSleep', 'atRisk', 'cannotLoseThem', 'hibernating', 'lost'].map((s) => [s, s.toUpperCase()]));
    const csv = valueOf(await api.customersCsv(ttm, { ...everyone, owner: 'Wang' }, { columns, tiers, stages, segments: segments as never }));
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toBe('ID,Name,Revenue,Share,Tier,Stage,RFM,Last,Orders,Owner,Region,Segment');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^r,River,40,0\.04,Std,Sleep,[A-Z]+,2023-12-01,1,Wang,East,$/);
    expect(lines[2]).toBe('S,,-10,,Off,,,,0,Wang,,');
  });

  test('the detail has 36 months of history and the tier and stage at the last 8 quarter ends', async () => {
    const detail = valueOf(await api.customerDetail(ttm, 'Q'));
    expect(detail).not.toBeNull();
    if (detail === null) return;
    expect(detail.history).toHaveLength(36);
    // 36 months ending June 2024 start July 2021.
    expect(detail.history[0]).toEqual({ month: '2021-07', revenue: 0 });
    expect(detail.history.at(-1)).toEqual({ month: '2024-06', revenue: 0 });
    expect(detail.history.at(-2)).toEqual({ month: '2024-05', revenue: 400 });
    expect(detail.history.find((point) => point.month === '2024-01')?.revenue).toBe(-40);
    expect(detail.firstPurchase).toBe('2024-05-15');
    // Two purchase days (05-15, 05-20): fewer than Risk's three for an own interval, and no customer
    // has three, so there is no data-set interval either.
    expect(detail.usualInterval).toBeNull();
    // Quarter ends 2022-09-30 … 2024-06-30 (T is one). Q's first row is 2024-01-05 (a refund): before
    // that it is no customer; at 2024-03-31 it has only the refund → inactive, no stage; at 2024-06-30 A, new.
    expect(detail.quarters.map((q) => q.asOf)).toEqual([
      '2022-09-30', '2022-12-31', '2023-03-31', '2023-06-30', '2023-09-30', '2023-12-31', '2024-03-31', '2024-06-30',
    ]);
    expect(detail.quarters.slice(5)).toEqual([
      { asOf: '2023-12-31', tier: null, stage: null },
      { asOf: '2024-03-31', tier: 'inactive', stage: null },
      { asOf: '2024-06-30', tier: 'A', stage: 'new' },
    ]);
    expect(valueOf(await api.customerDetail(ttm, 'nobody'))).toBeNull();
  });

  test('filter values list each dimension in code-unit order', async () => {
    expect(valueOf(await api.customerFilterValues())).toEqual({ owner: ['Li', 'Wang'], region: ['East', 'West'], segment: [] });
  });
});
