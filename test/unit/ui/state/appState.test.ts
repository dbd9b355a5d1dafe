import { describe, expect, test } from 'vitest';
import { AppState } from '../../../../src/ui/state/appState.svelte.ts';
import type { TabChannel } from '../../../../src/ui/state/appState.svelte.ts';
import type { BroadcastMessage, ImportProgress } from '../../../../src/worker/index.ts';
import { fakeWorkers, info, opened, outcome, pending } from './fakeWorkers.ts';

function fakeChannel() {
  const posted: BroadcastMessage[] = [];
  let handler: (message: BroadcastMessage) => void = () => {};
  const channel: TabChannel = { post: (message) => void posted.push(message), listen: (h) => void (handler = h) };
  return { channel, posted, receive: (message: BroadcastMessage) => handler(message) };
}

function setup() {
  const workers = fakeWorkers();
  const tab = fakeChannel();
  let clock = 0;
  const app = new AppState({ connect: () => workers.clients, channel: tab.channel, now: () => clock });
  return { app, workers, tab, tick: (ms: number) => (clock += ms) };
}

/** Answers open + opened for data set `id`. */
async function loads(workers: ReturnType<typeof fakeWorkers>, id: string) {
  await workers.answer('open', { ok: true, value: info(id) });
  await workers.answer('opened', { ok: true, value: opened(id) });
}

describe('AppState', () => {
  test('restore() reopens the last data set and lands ready, without any click', async () => {
    const { app, workers } = setup();
    expect(app.restoring).toBe(true);
    const done = app.restore();
    await workers.answer('listDatasets', { ok: true, value: [info('d1', 'Orders')] });
    await workers.answer('lastDatasetId', { ok: true, value: 'd1' });
    expect(workers.args('open')).toEqual([['d1']]);
    await loads(workers, 'd1');
    expect(await done).toBe(true);
    expect(app.status).toBe('ready');
    expect(app.restoring).toBe(false);
    expect(app.dataset?.id).toBe('d1');
    expect(app.analysis).toEqual(opened('d1'));
    expect(app.datasets.map((d) => d.name)).toEqual(['Orders']);
  });

  test('restore() with nothing stored, or a data set that no longer opens, stays empty', async () => {
    const { app, workers } = setup();
    const none = app.restore();
    await workers.answer('listDatasets', { ok: true, value: [] });
    await workers.answer('lastDatasetId', { ok: true, value: null });
    expect(await none).toBe(false);
    expect(app.status).toBe('empty');

    const gone = app.restore();
    await workers.answer('listDatasets', { ok: true, value: [] });
    await workers.answer('lastDatasetId', { ok: true, value: 'd9' });
    await workers.answer('open', { ok: false, code: 'issue', issue: { code: 'datasetNotFound' } });
    expect(await gone).toBe(false);
    expect(app.status).toBe('empty');
    expect(app.failure).toBeNull();
  });

  test('files → mapping (samples asked for each file) → importing with pace → ready on the new data set', async () => {
    const { app, workers, tick } = setup();
    const inspected = app.importFiles([new File(['x'], 'a.csv'), new File(['y'], 'b.csv')]);
    expect(app.inspecting).toBe(true);
    await workers.answer('inspect', { ok: true, value: [pending(0, 'a.csv'), pending(1, 'b.csv')] });
    expect(app.status).toBe('mapping');
    expect(app.inspecting).toBe(false);
    const draft = app.draft!;
    expect(draft.name).toBe('a');
    // The first currency found in the files is preselected.
    expect(draft.currency).toBe('CNY');
    expect(workers.args('samples').map(([index]) => index)).toEqual([0, 1]);
    await workers.answer('samples', { ok: true, value: [] });
    await workers.answer('samples', { ok: true, value: [] });
    await inspected;

    draft.name = ' Q2 orders ';
    const overview = { options: { period: 'ttm' as const, asOf: null }, filters: {} };
    const done = app.confirmImport(overview);
    expect(app.status).toBe('importing');
    // Told before the import runs, so the Overview can be computed while the data is stored.
    expect(workers.args('expectOverview')).toEqual([[overview]]);
    const [settings, target, currency, onProgress] = workers.args('run')[0] as [unknown[], unknown, unknown, (p: ImportProgress) => void];
    expect(settings).toHaveLength(2);
    expect(target).toEqual({ mode: 'new', name: 'Q2 orders' });
    expect(currency).toBe('CNY');

    tick(2000);
    onProgress({ file: 'a.csv', bytesRead: 500, bytesTotal: 1000, rows: 1000 });
    expect(app.progress?.rows).toBe(1000);
    // The first file's pace counts from the start of the import: 1000 rows in 2 s.
    expect(app.progressBase).toEqual({ file: 'a.csv', time: 0, bytesRead: 0, rows: 0 });
    expect(app.progressAt).toBe(2000);
    tick(1000);
    onProgress({ file: 'b.csv', bytesRead: 10, bytesTotal: 100, rows: 5 });
    expect(app.progressBase).toEqual({ file: 'b.csv', time: 3000, bytesRead: 10, rows: 5 });

    await workers.answer('run', { ok: true, value: outcome('d2') });
    expect(workers.args('open')).toEqual([['d2']]);
    await loads(workers, 'd2');
    await workers.answer('listDatasets', { ok: true, value: [info('d2', 'Q2 orders')] });
    expect(await done).toBe(true);
    expect(app.status).toBe('ready');
    expect(app.draft).toBeNull();
    expect(app.progress).toBeNull();
    expect(app.lastImport).toEqual({ outcome: outcome('d2'), name: 'd2' });
  });

  test('Confirm does nothing while a required column is missing', async () => {
    const { app, workers } = setup();
    const inspected = app.importFiles([new File(['x'], 'a.csv')]);
    await workers.answer('inspect', { ok: true, value: [pending(0, 'a.csv', { customer_id: 0, date: 1 })] });
    await workers.answer('samples', { ok: true, value: [] });
    await inspected;
    expect(app.draft?.ready).toBe(false);
    expect(await app.confirmImport()).toBe(false);
    expect(workers.pending('run')).toBe(0);

    void app.draft!.files[0].setColumn('amount', 2);
    expect(app.draft?.ready).toBe(true);
  });

  test('Cancel in the mapping step goes back to what was shown', async () => {
    const { app, workers } = setup();
    const inspected = app.importFiles([new File(['x'], 'a.csv')]);
    await workers.answer('inspect', { ok: true, value: [pending(0)] });
    await workers.answer('samples', { ok: true, value: [] });
    await inspected;
    app.discardDraft();
    expect(app.status).toBe('empty');
    expect(app.draft).toBeNull();
  });

  test('a cancelled import returns to the data set shown before and says nothing changed', async () => {
    const { app, workers } = setup();
    const first = app.openDataset('d1');
    await loads(workers, 'd1');
    await first;

    const demo = app.openDemo('http://app.test/');
    expect(app.status).toBe('importing');
    app.cancel();
    expect(workers.cancels()).toBe(1);
    await workers.answer('openDemo', { ok: false, code: 'cancelled' });
    expect(await demo).toBe(false);
    expect(app.status).toBe('ready');
    expect(app.notice).toBe('cancelled');
    expect(app.dataset?.id).toBe('d1');
    expect(app.analysis).toEqual(opened('d1'));
    app.dismissNotice();
    expect(app.notice).toBeNull();
  });

  test('a failed import shows the error; Back returns to what was shown before', async () => {
    const { app, workers } = setup();
    const demo = app.openDemo('http://app.test/');
    const issue = { code: 'storageQuota' };
    await workers.answer('openDemo', { ok: false, code: 'issue', issue });
    expect(await demo).toBe(false);
    expect(app.status).toBe('error');
    expect(app.failure).toEqual({ ok: false, code: 'issue', issue });
    app.dismissError();
    expect(app.status).toBe('empty');
    expect(app.failure).toBeNull();
  });

  test('rename and delete tell the other tabs; deleting the open data set empties the app', async () => {
    const { app, workers, tab } = setup();
    const opened = app.openDataset('d1');
    await loads(workers, 'd1');
    await opened;

    const renamed = app.renameDataset('d1', '  Key accounts ');
    expect(workers.args('rename')).toEqual([['d1', 'Key accounts']]);
    await workers.answer('rename', { ok: true, value: info('d1', 'Key accounts') });
    await workers.answer('listDatasets', { ok: true, value: [info('d1', 'Key accounts')] });
    expect(await renamed).toBe(true);
    expect(app.dataset?.name).toBe('Key accounts');
    expect(tab.posted).toEqual([{ type: 'datasets-changed' }]);

    const removed = app.removeDataset('d1');
    await workers.answer('remove', { ok: true, value: null });
    await workers.answer('listDatasets', { ok: true, value: [] });
    expect(await removed).toBe(true);
    expect(app.status).toBe('empty');
    expect(app.dataset).toBeNull();
    expect(app.analysis).toBeNull();
    expect(tab.posted).toEqual([{ type: 'datasets-changed' }, { type: 'datasets-changed' }]);
  });

  test('another tab: datasets-changed re-lists, version-change asks for a reload', async () => {
    const { app, workers, tab } = setup();
    tab.receive({ type: 'datasets-changed' });
    await workers.answer('listDatasets', { ok: true, value: [info('d7', 'From tab B')] });
    expect(app.datasets.map((d) => d.name)).toEqual(['From tab B']);
    // A list that fails in the background keeps the one shown.
    tab.receive({ type: 'datasets-changed' });
    await workers.answer('listDatasets', { ok: false, code: 'issue', issue: { code: 'reloadNeeded' } });
    expect(app.datasets.map((d) => d.name)).toEqual(['From tab B']);
    expect(app.status).toBe('empty');

    expect(app.versionChanged).toBe(false);
    tab.receive({ type: 'version-change' });
    expect(app.versionChanged).toBe(true);
  });

  test('rejectedCsv() hands over the worker’s CSV text', async () => {
    const { app, workers } = setup();
    const csv = app.rejectedCsv();
    await workers.answer('rejectedCsv', { ok: true, value: 'file,row\n' });
    expect(await csv).toBe('file,row\n');
  });

  test('a crashed worker is an internal error', () => {
    const workers = fakeWorkers();
    let crash: (message: string) => void = () => {};
    const app = new AppState({ connect: (onCrash) => ((crash = onCrash), workers.clients) });
    crash('worker script failed to load');
    expect(app.status).toBe('error');
    expect(app.failure).toEqual({ ok: false, code: 'internal', message: 'worker script failed to load' });
  });
});

