import { afterEach, describe, expect, test, vi } from 'vitest';
// The helpers install fake-indexeddb: imported before anything that loads Dexie.
import { csvFile, startWorkers, value } from './helpers/workers.ts';
import { DatasetRepository, SettingsRepository, TierscopeDb } from '../../../src/db/index.ts';
import { createAnalysisWorkerApi } from '../../../src/worker/analysisWorkerApi.ts';
import { OVERVIEW_SNAPSHOT_KEY } from '../../../src/worker/overviewSnapshot.ts';
import { Store } from '../../../src/worker/store.ts';

// T = 2024-06-30. TTM: A's 100 only (B's 2020 row is outside); all time: 100 + 300.
const SALES = 'Customer ID,Order Date,Sales\nA,2024-06-30,100\nB,2020-01-01,300\n';
const TTM = { options: { period: 'ttm' as const }, filters: {} };

async function importedSales(workers: ReturnType<typeof startWorkers>): Promise<string> {
  const pending = value(await workers.importer.inspect([csvFile(SALES)]));
  return value(await workers.importer.run(pending.map((p) => p.proposed), { mode: 'new', name: 'Sales' }, 'EUR')).datasetId;
}

/** An analysis worker on the workers' database, as after a reload of a page built as `build`. */
const restart = (workers: ReturnType<typeof startWorkers>, build: string | null) =>
  createAnalysisWorkerApi(new Store(new TierscopeDb(workers.db.name), { postMessage: () => {} }), { build });

const settingsOf = (workers: ReturnType<typeof startWorkers>) => new SettingsRepository(new TierscopeDb(workers.db.name));

/** Opens `id` in a worker of `build`, asks the TTM Overview, and waits until its answer is stored. */
async function storedOverview(workers: ReturnType<typeof startWorkers>, id: string, build: string) {
  const analysis = restart(workers, build);
  value(await analysis.open(id));
  const answer = value(await analysis.overview(TTM));
  await vi.waitFor(async () => expect(await settingsOf(workers).get(OVERVIEW_SNAPSHOT_KEY)).toMatchObject({ datasetId: id, build }));
  return { analysis, answer };
}

/** Makes loading columns from the store wait until the returned function is called. */
function holdLoads(): () => void {
  const load = DatasetRepository.prototype.loadDataset;
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  vi.spyOn(DatasetRepository.prototype, 'loadDataset').mockImplementation(async function (this: DatasetRepository, datasetId: string) {
    await gate;
    return load.call(this, datasetId);
  });
  return release;
}

afterEach(() => vi.restoreAllMocks());

describe('analysis worker: the Overview snapshot', () => {
  test('a reopened data set is answered from the stored Overview of the same build and request', async () => {
    const workers = startWorkers();
    const id = await importedSales(workers);
    const { answer } = await storedOverview(workers, id, 'build-1');
    expect(answer.summary.revenue).toBe(100);

    // Mark the stored answer, to see which answers come from it.
    const settings = settingsOf(workers);
    const stored = (await settings.get(OVERVIEW_SNAPSHOT_KEY)) as { answers: { request: string; result: typeof answer }[] };
    expect(stored.answers).toHaveLength(1);
    const marked = { ...stored, answers: [{ ...stored.answers[0], result: { ...answer, atRiskCustomers: 77 } }] };
    await settings.set(OVERVIEW_SNAPSHOT_KEY, marked);

    // Another build computes again: its code may count differently.
    const other = restart(workers, 'build-2');
    value(await other.open(id));
    const recomputed = value(await other.overview(TTM));
    expect(recomputed.atRiskCustomers).toBe(answer.atRiskCustomers);
    expect(recomputed.summary.revenue).toBe(100);
    // That build stored its own answer; put the marked one back.
    await vi.waitFor(async () => expect(await settings.get(OVERVIEW_SNAPSHOT_KEY)).toMatchObject({ build: 'build-2' }));
    await settings.set(OVERVIEW_SNAPSHOT_KEY, marked);

    const same = restart(workers, 'build-1');
    value(await same.open(id));
    expect(value(await same.overview(TTM)).atRiskCustomers).toBe(77);
    // Another request is computed: all time is 100 + 300.
    const all = value(await same.overview({ options: { period: 'all' }, filters: {} }));
    expect(all.summary.revenue).toBe(400);
    expect(all.atRiskCustomers).not.toBe(77);
  });

  test('the last four answers of the data set are kept: the unfiltered one outlasts a few filter changes', async () => {
    const workers = startWorkers();
    const id = await importedSales(workers);
    const { analysis } = await storedOverview(workers, id, 'build-1');
    const settings = settingsOf(workers);
    for (const region of ['East', 'West', '']) value(await analysis.overview({ ...TTM, filters: { region: [region] } }));
    await vi.waitFor(async () => expect(((await settings.get(OVERVIEW_SNAPSHOT_KEY)) as { answers: unknown[] }).answers).toHaveLength(4));
    // Mark the unfiltered answer: a reload finds it among the others.
    const stored = (await settings.get(OVERVIEW_SNAPSHOT_KEY)) as { answers: { request: string; result: { atRiskCustomers: number } }[] };
    const marked = stored.answers.map((a, i) => (i === 0 ? { ...a, result: { ...a.result, atRiskCustomers: 77 } } : a));
    await settings.set(OVERVIEW_SNAPSHOT_KEY, { ...stored, answers: marked });
    const reloaded = restart(workers, 'build-1');
    value(await reloaded.open(id));
    expect(value(await reloaded.overview(TTM)).atRiskCustomers).toBe(77);

    // A fifth request pushes the oldest (the unfiltered one) out.
    value(await reloaded.overview({ ...TTM, filters: { region: ['North'] } }));
    await vi.waitFor(async () =>
      expect(((await settings.get(OVERVIEW_SNAPSHOT_KEY)) as { answers: { request: string }[] }).answers.map((a) => a.request)).not.toContain(stored.answers[0].request),
    );
  });

  test('a snapshot of another data set is not used', async () => {
    const workers = startWorkers();
    const first = await importedSales(workers);
    const second = await importedSales(workers);
    await storedOverview(workers, first, 'build-1');
    const settings = settingsOf(workers);
    const stored = (await settings.get(OVERVIEW_SNAPSHOT_KEY)) as { result: { atRiskCustomers: number } };
    await settings.set(OVERVIEW_SNAPSHOT_KEY, { ...stored, result: { ...stored.result, atRiskCustomers: 77 } });
    const restarted = restart(workers, 'build-1');
    value(await restarted.open(second));
    expect(value(await restarted.overview(TTM)).atRiskCustomers).not.toBe(77);
  });

  test('deleting the data set deletes its stored Overview', async () => {
    const workers = startWorkers();
    const id = await importedSales(workers);
    const { analysis } = await storedOverview(workers, id, 'build-1');
    value(await analysis.remove(id));
    expect(await settingsOf(workers).get(OVERVIEW_SNAPSHOT_KEY)).toBeUndefined();
  });

  test('without a build name (development server) nothing is stored', async () => {
    const workers = startWorkers();
    const id = await importedSales(workers);
    const analysis = restart(workers, null);
    value(await analysis.open(id));
    expect(value(await analysis.overview(TTM)).summary.revenue).toBe(100);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await settingsOf(workers).get(OVERVIEW_SNAPSHOT_KEY)).toBeUndefined();
  });

  test('with its Overview stored, a data set opens before its columns load; other results wait for them', async () => {
    const workers = startWorkers();
    const id = await importedSales(workers);
    const { answer } = await storedOverview(workers, id, 'build-1');
    const release = holdLoads();
    const events: string[] = [];
    const restarted = restart(workers, 'build-1');
    value(await restarted.open(id));
    events.push('opened');
    expect(value(await restarted.overview(TTM))).toEqual(answer);
    events.push('overview');
    const concentration = restarted.concentration(TTM).then((reply) => (events.push('concentration'), reply));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(events).toEqual(['opened', 'overview']);
    release();
    // By hand: A alone has revenue in the TTM window, so it holds the whole share.
    expect(value(await concentration).summary.concentration.hhi).toBe(10000);
    expect(events).toEqual(['opened', 'overview', 'concentration']);
  });

  test('without a stored Overview, open answers once the columns are loaded', async () => {
    const workers = startWorkers();
    const id = await importedSales(workers);
    const release = holdLoads();
    let opened = false;
    const opening = restart(workers, 'build-1').open(id).then((reply) => ((opened = true), reply));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(opened).toBe(false);
    release();
    value(await opening);
  });
});
